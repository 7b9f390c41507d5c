using EntityGraph.Recognizers.Context;

namespace EntityGraph.Recognizers.Pii;

/// <summary>MAC addresses: six hexadecimal pairs joined by colons or hyphens, or three dotted groups of four.</summary>
public sealed class MacAddressRecognizer() : ValidatedPatternRecognizer(RecognizerName, PiiTypes.MacAddress, [new(PiiRegexes.MacColonsOrDashes(), 0.8), new(PiiRegexes.MacDotted(), 0.6)], null, Words, null)
{
    /// <summary>The recognizer name.</summary>
    public const string RecognizerName = "pii/mac-address";

    private static readonly ContextWords Words = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["*"] = ["mac", "hardware", "ethernet", "wlan", "wifi", "wi-fi", "device", "gerät", "appareil", "dispositivo", "apparaat", "urządzenie", "enhet"],
    });
}
