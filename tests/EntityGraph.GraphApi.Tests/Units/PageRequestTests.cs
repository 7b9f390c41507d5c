using EntityGraph.Storage;
using EntityGraph.GraphApi.Connections;
using EntityGraph.GraphApi.Errors;

namespace EntityGraph.GraphApi.Tests.Units;

public sealed class PageRequestTests
{
    [Fact]
    public void After_a_cursor_the_page_starts_at_the_next_offset()
    {
        var page = PageRequest.Create(10, Cursor.Encode(4), maxPageSize: 100);

        Assert.Equal(new PageRequest(10, 5), page);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void First_outside_zero_to_max_is_INVALID_ARGUMENT(int first)
    {
        var error = Assert.Throws<ApiError>(() => PageRequest.Create(first, null, maxPageSize: 100));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
    }

    [Fact]
    public void The_last_possible_cursor_cannot_be_continued()
    {
        var error = Assert.Throws<ApiError>(() => PageRequest.Create(1, Cursor.Encode(int.MaxValue), maxPageSize: 100));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
    }
}
