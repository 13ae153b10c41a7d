namespace Site.Web.Search.Lunr;

/// <summary>
/// What a document holds in one field, in the three shapes lunr's tokenizer knows: nothing
/// (null or undefined: no tokens), a string (lowercased, split at whitespace and hyphens) or a
/// list of strings (one token per item, lowercased but never split, a null item giving "").
/// </summary>
public readonly record struct LunrFieldValue
{
    private LunrFieldValue(string? text, IReadOnlyList<string?>? items)
    {
        Text = text;
        Items = items;
    }

    public static LunrFieldValue Missing => default;

    public string? Text { get; }

    public IReadOnlyList<string?>? Items { get; }

    public static LunrFieldValue FromString(string? text) => new(text, null);

    public static LunrFieldValue FromItems(IReadOnlyList<string?>? items) => new(null, items);

    public static implicit operator LunrFieldValue(string? text) => FromString(text);

    public static implicit operator LunrFieldValue(string?[]? items) => FromItems(items);
}
