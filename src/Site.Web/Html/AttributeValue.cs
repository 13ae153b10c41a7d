namespace Site.Web.Html;

/// <summary>One attribute of one start tag; <see cref="ValueOffset"/> is where the value starts in the scanned text.</summary>
public readonly record struct AttributeValue(string Tag, string Name, string Value, int ValueOffset);
