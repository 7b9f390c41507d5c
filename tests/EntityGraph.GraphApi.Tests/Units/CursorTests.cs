using System.Text;
using EntityGraph.GraphApi.Connections;

namespace EntityGraph.GraphApi.Tests.Units;

public sealed class CursorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    [InlineData(int.MaxValue - 1)]
    public void Cursors_round_trip(int offset)
    {
        var cursor = Cursor.Encode(offset);

        Assert.True(Cursor.TryDecode(cursor, out var decoded));
        Assert.Equal(offset, decoded);
        Assert.DoesNotContain(offset.ToString(System.Globalization.CultureInfo.InvariantCulture), cursor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("MTIz")]
    [InlineData("Y3Vyc29yOnYxOi0x")]
    [InlineData("Y3Vyc29yOnYxOmFiYw==")]
    public void Foreign_or_damaged_cursors_are_refused(string cursor)
    {
        Assert.False(Cursor.TryDecode(cursor, out _));
    }

    [Fact]
    public void The_test_cursors_above_are_what_they_claim()
    {
        Assert.Equal("cursor:v1:-1", Encoding.UTF8.GetString(Convert.FromBase64String("Y3Vyc29yOnYxOi0x")));
        Assert.Equal("cursor:v1:abc", Encoding.UTF8.GetString(Convert.FromBase64String("Y3Vyc29yOnYxOmFiYw==")));
    }
}
