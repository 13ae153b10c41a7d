namespace Site.Releases.Merging;

/// <summary>Disjoint sets over 0..n-1; the smallest index of a set is its representative, so results are deterministic.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }

        return item;
    }

    public void Union(int a, int b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA == rootB)
        {
            return;
        }

        if (rootA < rootB)
        {
            _parent[rootB] = rootA;
        }
        else
        {
            _parent[rootA] = rootB;
        }
    }
}
