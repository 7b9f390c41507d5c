namespace EntityGraph.Redaction.Configuration;

/// <summary>The message of the exception thrown when an operator needs a key or salt that is not configured.</summary>
internal static class MissingSettingMessage
{
    /// <summary>E.g. "The 'hash' operator needs EntityGraph:Redaction:HashSalt, which is not configured. ..."</summary>
    /// <param name="setting">The configuration path, e.g. <see cref="RedactionOptions.HashSaltSetting"/>.</param>
    /// <param name="needer">The start of the sentence, e.g. "The 'hash' operator needs".</param>
    public static string For(string setting, string needer) =>
        $"{needer} {setting}, which is not configured. Set it in appsettings or in the environment variable " +
        $"{setting.Replace(":", "__", StringComparison.Ordinal)}.";
}
