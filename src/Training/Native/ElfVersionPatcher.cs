using System.Buffers.Binary;
using System.Text;

namespace EntityGraph.Training.Native;

/// <summary>
/// Marks one required symbol version of an ELF64 shared library as weak (VER_FLG_WEAK on its vernaux entry),
/// so the dynamic loader accepts an older libstdc++ that lacks that version.
/// </summary>
public static class ElfVersionPatcher
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;

    /// <summary>Returns true when the file was changed, false when the version was already weak or absent.</summary>
    public static bool MarkWeak(string path, string versionName)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[4] != 2 || bytes[5] != 1)
        {
            throw new InvalidDataException($"{path} is not a little-endian ELF64 file.");
        }

        var span = bytes.AsSpan();
        var sectionHeaderOffset = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[0x28..]);
        var sectionHeaderSize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);
        var changed = false;
        for (var i = 0; i < sectionCount; i++)
        {
            var header = span[(int)(sectionHeaderOffset + (i * sectionHeaderSize))..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != ShtGnuVerneed)
            {
                continue;
            }

            var offset = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]);
            var link = BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]);
            var stringsHeader = span[(int)(sectionHeaderOffset + (link * sectionHeaderSize))..];
            var stringsOffset = (int)BinaryPrimitives.ReadUInt64LittleEndian(stringsHeader[0x18..]);
            changed |= PatchVerneed(bytes, offset, stringsOffset, versionName);
        }

        if (changed)
        {
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }

        return changed;
    }

    private static bool PatchVerneed(byte[] bytes, int offset, int stringsOffset, string versionName)
    {
        var changed = false;
        var need = offset;
        while (true)
        {
            var span = bytes.AsSpan();
            var count = BinaryPrimitives.ReadUInt16LittleEndian(span[(need + 2)..]);
            var aux = need + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 8)..]);
            for (var a = 0; a < count; a++)
            {
                var flags = BinaryPrimitives.ReadUInt16LittleEndian(span[(aux + 4)..]);
                var name = ReadString(bytes, stringsOffset + (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 8)..]));
                if (name == versionName && (flags & VerFlagWeak) == 0)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(span[(aux + 4)..], (ushort)(flags | VerFlagWeak));
                    changed = true;
                }

                aux += (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(aux + 12)..]);
            }

            var next = BinaryPrimitives.ReadUInt32LittleEndian(span[(need + 12)..]);
            if (next == 0)
            {
                return changed;
            }

            need += (int)next;
        }
    }

    private static string ReadString(byte[] bytes, int offset)
    {
        var end = Array.IndexOf(bytes, (byte)0, offset);
        return Encoding.ASCII.GetString(bytes, offset, end - offset);
    }
}
