using System.Globalization;

namespace EntityGraph.Silo.Benchmarking;

/// <summary>Resident memory of a process from /proc/PID/status (Linux): current (VmRSS) and peak (VmHWM), in MiB.</summary>
public static class ProcessMemory
{
    public static (double Rss, double Peak) Read(int processId)
    {
        try
        {
            double rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kibibytes(line) / 1024;
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kibibytes(line) / 1024;
                }
            }

            return (rss, peak);
        }
        catch (IOException)
        {
            return (0, 0);
        }
        catch (UnauthorizedAccessException)
        {
            return (0, 0);
        }
    }

    private static double Kibibytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
