namespace EntityGraph.PiiCorpus.Validation;

/// <summary>US social security numbers written AAA-GG-SSSS with a valid allocation (area not 000, 666 or 900–999; group not 00; serial not 0000).</summary>
public static class UsSsn
{
    /// <summary>Whether the value is AAA-GG-SSSS with a valid area, group and serial.</summary>
    public static bool IsValid(string value)
    {
        if (value.Length != 11 || value[3] != '-' || value[6] != '-')
        {
            return false;
        }

        var area = value[..3];
        var group = value[4..6];
        var serial = value[7..];
        if (!CheckText.IsDigits(area) || !CheckText.IsDigits(group) || !CheckText.IsDigits(serial))
        {
            return false;
        }

        return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000";
    }
}
