namespace EntityGraph.PiiCorpus.Languages;

/// <summary>A national significant number shape: a fixed leading part and the total number of digits.</summary>
/// <param name="Prefix">Leading digits (area code or mobile prefix, without the trunk 0 except in Italy).</param>
/// <param name="Length">Total digits of the national significant number.</param>
internal sealed record PhonePattern(string Prefix, int Length);
