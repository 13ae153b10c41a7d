using Site.Releases.Extraction;
using Site.Releases.Model;

namespace Site.Releases.Tests;

public sealed class StagePhraseTests
{
    [Theory]
    [InlineData("Windows Support (beta): support Windows server", "Windows Support", Stage.Beta, "support Windows server")]
    [InlineData("Topology Manager moves to beta, which enables NUMA alignment of CPU and devices.", "Topology Manager", Stage.Beta, "which enables NUMA alignment of CPU and devices.")]
    [InlineData("Serverside Apply to beta, which records changes to API objects.", "Serverside Apply", Stage.Beta, "which records changes to API objects.")]
    [InlineData("Windows CSI support introduces alpha", "Windows CSI support", Stage.Alpha, null)]
    [InlineData("Cloud Provider labels reach general availability (stable)", "Cloud Provider labels", Stage.Stable, null)]
    [InlineData("CSI Migration Beta", "CSI Migration", Stage.Beta, null)]
    [InlineData("Graduates support for role based access control (RBAC) to stable", "support for role based access control (RBAC)", Stage.Stable, null)]
    [InlineData("Promotes the core Workload APIs to beta", "core Workload APIs", Stage.Beta, null)]
    [InlineData("General Availability of Kubelet TLS Bootstrap", "Kubelet TLS Bootstrap", Stage.Stable, null)]
    [InlineData("Persistent Local Volumes are Now GA", "Persistent Local Volumes", Stage.Stable, null)]
    [InlineData("PID Limiting is Moving to Beta", "PID Limiting", Stage.Beta, null)]
    [InlineData("kubeadm is now beta, with base features include RBAC setup", "kubeadm", Stage.Beta, "with base features include RBAC setup")]
    [InlineData("Custom Resource Definitions remain in beta, with many extension features in progress", "Custom Resource Definitions", Stage.Beta, "with many extension features in progress")]
    [InlineData("Simplified Kubernetes Cluster Management with kubeadm in GA: bootstrapping, upgrade", "Simplified Kubernetes Cluster Management with kubeadm", Stage.Stable, "bootstrapping, upgrade")]
    [InlineData("Node authorizer to limit kubelet access (alpha)", "Node authorizer to limit kubelet access", Stage.Alpha, null)]
    [InlineData("A new Scheduling Framework for schedule plugins is now Alpha", "Scheduling Framework for schedule plugins", Stage.Alpha, null)]
    [InlineData("Volume Extension, e.g. volume resizing, CSI changes, to beta", "Volume Extension", Stage.Beta, null)]
    public void Reads_name_stage_and_description(string text, string name, Stage stage, string? description)
    {
        var result = StagePhrase.Parse(text, text, null);

        Assert.NotNull(result);
        Assert.Equal(name, result.Name);
        Assert.Equal(stage, result.Stage);
        Assert.Equal(description, result.Description);
    }

    [Theory]
    [InlineData("Pod Injection Policy, aka, PodPreset (alpha)", "Pod Injection Policy", "PodPreset")]
    [InlineData("ScheduledJob, aka, CronJob (alpha)", "ScheduledJob", "CronJob")]
    [InlineData("Kubelet Device Plugin Registration (stable), aka, plugin watcher", "Kubelet Device Plugin Registration", "plugin watcher")]
    [InlineData("Workloads API GA: aka, apps/v1 Workloads API", "Workloads API", "apps/v1 Workloads API")]
    [InlineData("StatefulSet (previously PetSet) moves to beta: no longer force deletes pods", "StatefulSet", "PetSet")]
    public void Names_after_aka_or_previously_become_aliases(string text, string name, string alias)
    {
        var result = StagePhrase.Parse(text, text, null);

        Assert.NotNull(result);
        Assert.Equal(name, result.Name);
        Assert.Contains(alias, result.Aliases);
    }

    [Theory]
    [InlineData("Windows Enhancements: GMSA (beta), kubeadm support (alpha), CSI support (alpha)")]
    [InlineData("CoreDNS is Now the Default DNS Server for Kubernetes: extensibility, simplicity")]
    [InlineData("Enhancements in beta testing")]
    [InlineData("Kubelet client/server TLS certificate rotation")]
    public void Ambiguous_or_stageless_items_give_nothing(string text)
        => Assert.Null(StagePhrase.Parse(text, text, null));

    [Fact]
    public void Stage_words_inside_code_spans_are_not_stages()
    {
        const string text = "Added a new kubectl alpha debug command (beta)";
        var masked = text.Replace("kubectl alpha debug", new string('x', "kubectl alpha debug".Length), StringComparison.Ordinal);

        var result = StagePhrase.Parse(text, masked, null);

        Assert.NotNull(result);
        Assert.Equal("Added a new kubectl alpha debug command", result.Name);
        Assert.Equal(Stage.Beta, result.Stage);
    }

    [Fact]
    public void Items_under_a_stage_label_take_its_stage_and_the_name_before_the_colon()
    {
        var result = StagePhrase.Parse("Taint Based Eviction: Taints nodes with NoExecute", "Taint Based Eviction: Taints nodes with NoExecute", Stage.Stable);

        Assert.NotNull(result);
        Assert.Equal("Taint Based Eviction", result.Name);
        Assert.Equal(Stage.Stable, result.Stage);
        Assert.Equal("Taints nodes with NoExecute", result.Description);
    }

    [Fact]
    public void Skipping_the_rules_where_no_stage_word_can_end_the_phrase_changes_no_result()
    {
        // Parse tries the name-and-stage patterns only when a stage word is followed by the end, by
        // ':', ',' or '.', or by "(stage)"; on every text made of these pieces it must read what
        // trying every pattern reads.
        string[] pieces =
        [
            "Feature", "kubelet", "support", "alpha", "Beta", "STABLE", "GA", "ga", "general availability", "generally available",
            "General Availability of", "moves to", "graduates", "Graduates", "promotes", "to", "is now", "reach", "in", "remains",
            "(beta)", "(GA)", "(stable", "(alpha)", "(unstable)", "alphabet", "betas", "aka", "previously", ":", ",", ".", ";", "(", ")",
            "\n", "XXXX",
        ];
        var random = new Random(2017);
        var read = 0;
        for (var i = 0; i < 30000; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)]);
            var text = string.Join(random.Next(4) == 0 ? "  " : " ", words);
            Stage? inherited = random.Next(5) == 0 ? Stage.Beta : null;

            var fast = StagePhrase.Parse(text, text, inherited, tryEveryRule: false);
            var full = StagePhrase.Parse(text, text, inherited, tryEveryRule: true);

            Assert.Equal(full?.Name, fast?.Name);
            Assert.Equal(full?.Stage, fast?.Stage);
            Assert.Equal(full?.Description, fast?.Description);
            Assert.Equal(full?.Aliases ?? [], fast?.Aliases ?? []);
            read += full is null ? 0 : 1;
        }

        Assert.True(read > 3000, $"only {read} texts read as a phrase: the pieces no longer exercise the rules");
    }
}
