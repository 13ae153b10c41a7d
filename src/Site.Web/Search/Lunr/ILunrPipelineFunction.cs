namespace Site.Web.Search.Lunr;

/// <summary>
/// One step of a lunr pipeline. <see cref="Label"/> is the name the function is registered under
/// with <c>lunr.Pipeline.registerFunction</c> in the browser; an index whose search pipeline
/// names an unregistered label cannot be loaded there.
/// </summary>
/// <remarks>
/// A function must look at nothing but the token it is given (results are cached per distinct
/// token) and must be safe to call from several threads. Writing nothing to
/// <c>output</c> drops the token (lunr: returning null or undefined); a token whose text became
/// empty is kept, because lunr keeps it too.
/// </remarks>
public interface ILunrPipelineFunction
{
    string Label { get; }

    void Run(LunrPipelineToken token, ICollection<LunrPipelineToken> output);
}
