using EntityGraph.Recognizers.Pii;
using EntityGraph.Recognizers.Pipeline;
using EntityGraph.Recognizers.Tests.Pii;

namespace EntityGraph.Recognizers.Tests.Pipeline;

/// <summary>The built-in "redaction-rules" profile: every PII recognizer, equal spans to the higher score, containers win, overlaps merged.</summary>
public sealed class RedactionProfileTests
{
    [Fact]
    public async Task Finds_each_kind_of_personal_data_in_an_english_text_once_with_its_type()
    {
        const string text =
            "Contact jane.doe@example.com or call +1 650 253 0000. Wire the refund to GB82 WEST 1234 5698 7654 32, " +
            "card 4111 1111 1111 1111. The login came from 192.168.10.20. Her SSN is 536-22-8726 and her NHS number is " +
            "943 476 5919. The appointment is on March 15, 2024; details at https://clinic.example.org/visits.";

        var found = await PiiAssert.FoundAsync(Pipelines.BuiltIn(), text, "en", ProfileNames.RedactionRules);

        Assert.Equal(
            [
                ("jane.doe@example.com", PiiTypes.Email),
                ("+1 650 253 0000", PiiTypes.Phone),
                ("GB82 WEST 1234 5698 7654 32", PiiTypes.Iban),
                ("4111 1111 1111 1111", PiiTypes.CreditCard),
                ("192.168.10.20", PiiTypes.IpAddress),
                ("536-22-8726", PiiTypes.UsSsn),
                ("943 476 5919", PiiTypes.UkNhs),
                ("March 15, 2024", PiiTypes.DateTime),
                ("https://clinic.example.org/visits", PiiTypes.Url),
            ],
            found);
    }

    [Fact]
    public async Task Finds_a_tax_id_and_an_iban_in_a_german_text()
    {
        const string text = "Bitte überweisen Sie die Erstattung an DE89 3704 0044 0532 0130 00. Meine Steuer-ID ist 86 095 742 719.";

        var found = await PiiAssert.FoundAsync(Pipelines.BuiltIn(), text, "de", ProfileNames.RedactionRules);

        Assert.Equal([("DE89 3704 0044 0532 0130 00", PiiTypes.Iban), ("86 095 742 719", PiiTypes.DeTaxId)], found);
    }

    [Fact]
    public async Task Reports_neither_an_iban_with_a_wrong_check_nor_a_card_failing_luhn()
    {
        const string text = "Wire the refund to GB82 WEST 1234 5698 7654 31 and charge card 4111 1111 1111 1112 please.";

        Assert.Empty(await PiiAssert.FoundAsync(Pipelines.BuiltIn(), text, "en", ProfileNames.RedactionRules));
    }

    [Fact]
    public async Task Times_and_mac_addresses_are_not_reported_as_ip_addresses()
    {
        const string text = "At 12:30:45 the device 00:1A:2B:3C:4D:5E left the network.";

        var found = await PiiAssert.FoundAsync(Pipelines.BuiltIn(), text, "en", ProfileNames.RedactionRules);

        Assert.Equal([("00:1A:2B:3C:4D:5E", PiiTypes.MacAddress)], found);
    }

    [Fact]
    public async Task A_card_number_written_unbroken_is_reported_once()
    {
        const string text = "Charge 4111111111111111 today.";

        var found = await PiiAssert.FoundAsync(Pipelines.BuiltIn(), text, "en", ProfileNames.RedactionRules);

        Assert.Equal([("4111111111111111", PiiTypes.CreditCard)], found);
    }

    [Fact]
    public async Task Every_detection_reaches_the_profiles_minimum_confidence()
    {
        const string text = "Ref 536228726 was filed on time, with card 4111 1111 1111 1111 from 10.0.0.1 and 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2.";

        var found = await PiiAssert.RunAsync(Pipelines.BuiltIn(), text, "en", ProfileNames.RedactionRules);

        Assert.Equal(
            [PiiTypes.CreditCard, PiiTypes.IpAddress, PiiTypes.Crypto],
            found.Select(d => d.Type));
        Assert.All(found, d => Assert.InRange(d.Confidence, PiiAssert.RedactionFloor, 1.0));
        Assert.DoesNotContain(found, d => text[d.Start..d.End] == "536228726");
    }
}
