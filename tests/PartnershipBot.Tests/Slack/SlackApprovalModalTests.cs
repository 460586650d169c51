using System.Text.Json.Nodes;
using PartnershipBot.Approvals;
using PartnershipBot.Channels.Slack;
using PartnershipBot.Tests.Slack.Support;

namespace PartnershipBot.Tests.Slack;

/// <summary>The comment modal against the limits the fake Web API enforces for views.open, and the limits themselves.</summary>
public sealed class SlackApprovalModalTests
{
    private static readonly Guid Collaboration = Guid.Parse("5da0c346-45ac-a428-0150-cdf30232abe0");

    [Fact]
    public void Limits_RefuseWhatSlackWould_LongTitleDuplicateBlockIdLongMetadataTooManyBlocks()
    {
        var view = SlackApprovalModal.View(Collaboration, 1, ApprovalDecision.Reject, "Toolkit", "Uma", Dialogs.Texts.Languages.English);
        Assert.Empty(BlockKitLimits.View(view));

        var longTitle = view.DeepClone().AsObject();
        longTitle["title"]!["text"] = "Reject this collaboration now";
        Assert.Contains(BlockKitLimits.View(longTitle), p => p.StartsWith("view.title: 29 characters", StringComparison.Ordinal));

        var duplicate = view.DeepClone().AsObject();
        duplicate["blocks"]![0]!["block_id"] = SlackApprovalModal.CommentBlock;
        Assert.Contains(BlockKitLimits.View(duplicate), p => p.Contains("is not unique", StringComparison.Ordinal));

        var metadata = view.DeepClone().AsObject();
        metadata["private_metadata"] = new string('x', 3001);
        Assert.Contains(BlockKitLimits.View(metadata), p => p.StartsWith("view.private_metadata", StringComparison.Ordinal));

        var many = view.DeepClone().AsObject();
        var blocks = many["blocks"]!.AsArray();
        for (var i = 0; i < 100; i++)
        {
            blocks.Add(new JsonObject { ["type"] = "divider" });
        }

        Assert.Contains(BlockKitLimits.View(many), p => p.StartsWith("102 blocks", StringComparison.Ordinal));

        var label = view.DeepClone().AsObject();
        label["blocks"]![1]!["label"]!["text"] = new string('l', 2001);
        Assert.Contains(BlockKitLimits.View(label), p => p.Contains(".label: 2001", StringComparison.Ordinal));
    }

    [Fact]
    public void View_UserTextInTheTitle_IsEscaped_AndTheMetadataNamesCollaborationRoundAndDecision()
    {
        var view = SlackApprovalModal.View(Collaboration, 3, ApprovalDecision.RequestChanges, "<!channel> *bold* toolkit", "Uma", Dialogs.Texts.Languages.English);
        var intro = (string)view["blocks"]![0]!["text"]!["text"]!;
        Assert.DoesNotContain("<!channel>", intro, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", intro, StringComparison.Ordinal);
        Assert.Equal((Collaboration, 3, ApprovalDecision.RequestChanges), SlackApprovalModal.Read((string)view["private_metadata"]!));
        Assert.Null(SlackApprovalModal.Read("{\"collaboration\":\"x\",\"round\":\"1\",\"decision\":\"Reject\"}"));
        Assert.Null(SlackApprovalModal.Read(SlackApprovalActions.Value(Collaboration, 1)));
        Assert.Null(SlackApprovalModal.Read("not json"));
    }
}
