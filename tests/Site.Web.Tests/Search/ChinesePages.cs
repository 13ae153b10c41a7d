using Site.Web.Search.Lunr;

namespace Site.Web.Tests.Search;

/// <summary>A small site in two languages: what the Chinese search must get right.</summary>
internal static class ChinesePages
{
    public static readonly string[] ChineseRefs = ["/zh/release-1.7/", "/zh/upgrade-1.7/"];

    public static readonly string[] Queries = ["安全", "安全性", "存储", "kubectl diff", "StatefulSet", "安全性提升 kubectl diff"];

    public static LunrTestCase Case() => new(
        "chinese-pages",
        true,
        [new LunrField("title", 10), new LunrField("heading", 3), new LunrField("body")],
        [
            Page("/release-1.7/", "Kubernetes 1.7: security hardening, stateful application updates",
                "Security hardening", "Kubernetes 1.7 adds encrypted secrets, network policy for pods and the node authorizer. StatefulSet updates roll out automatically; kubectl diff is not part of it."),
            Page("/zh/release-1.7/", "Kubernetes 1.7：安全性提升、有状态应用更新",
                "安全性提升", "安全性提升包括加密的密钥、网络策略以及节点授权器。有状态应用的存储扩展。"),
            Page("/kubectl/", "kubectl diff", "Comparing objects",
                "Use kubectl diff to preview changes before kubectl apply. Works with StatefulSet, Deployment and DaemonSet objects."),
            Page("/zh/upgrade-1.7/", "升级分析", "存储",
                "本地存储与存储类的变更。升级前请检查 kubectl 的版本：kubectl diff 可以预览变更。"),
            Page("/statefulset/", "StatefulSet updates", "Rolling updates",
                "StatefulSet now supports rolling updates of its pods, with partitions."),
            Page("/storage/", "Storage", "Local storage",
                "Local persistent volumes and storage classes: the storage of stateful applications."),
        ],
        Queries);

    private static LunrTestDocument Page(string reference, string title, string heading, string body) =>
        new(reference, new Dictionary<string, object?> { ["title"] = title, ["heading"] = heading, ["body"] = body });
}
