using System.Text;
using Site.Web.Text;

namespace Site.Web.Tests.Text;

/// <summary>A thread's scratch builder comes back empty, is reused while small, and is replaced once it grew past the bound.</summary>
public sealed class ScratchBuilderTests
{
    [Fact]
    public void A_small_builder_is_reused_empty_and_a_huge_one_is_replaced()
    {
        StringBuilder? slot = null;
        var first = ScratchBuilder.Take(ref slot).Append("text");

        var again = ScratchBuilder.Take(ref slot);
        Assert.Same(first, again);
        Assert.Equal(0, again.Length);

        again.Append('x', ScratchBuilder.KeptCapacity + 1);
        var fresh = ScratchBuilder.Take(ref slot);
        Assert.NotSame(again, fresh);
        Assert.Same(fresh, slot);
        Assert.Equal(0, fresh.Length);
    }
}
