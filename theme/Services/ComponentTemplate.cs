using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;

namespace Site.Theme.Services;

/// <summary>
/// A Razor component type the renderer creates and fills by reflection. Made from a type
/// argument annotated for it, so trimming (the native AOT build) keeps the component's
/// constructor and parameter properties; a <c>Type</c> in a plain dictionary would lose that.
/// </summary>
public sealed class ComponentTemplate
{
    private ComponentTemplate([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type type) => Type = type;

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    public Type Type { get; }

    public static ComponentTemplate Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>()
        where TComponent : IComponent
        => new(typeof(TComponent));
}
