namespace EntityGraph.Ui.Tests.Infrastructure;

/// <summary>The browser tests need Debian's Chromium, which is not installed on this machine.</summary>
public sealed class ChromiumNotInstalledException(string executablePath)
    : Exception($"Chromium is not installed at '{executablePath}'. The UI tests drive Debian's Chromium and do not download a browser: " +
        "install it with `apt-get install -y chromium fonts-noto-cjk fonts-noto-core` (CI's .ci/run installs it).")
{
    public string ExecutablePath { get; } = executablePath;
}
