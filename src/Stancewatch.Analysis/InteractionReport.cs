using Stancewatch.Extraction;

namespace Stancewatch.Analysis;

/// <summary>One sentence reporting an interaction, with who reports it (null: the article's own voice).</summary>
public sealed record InteractionReport(string Document, int Position, int Paragraph, ActorRef? Reporter, Evidence Evidence);
