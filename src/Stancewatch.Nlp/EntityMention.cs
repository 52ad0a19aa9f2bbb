namespace Stancewatch.Nlp;

/// <summary>A named-entity mention: tokens [FirstToken, EndToken) with a label such as PER, ORG or LOC.</summary>
public readonly record struct EntityMention(int FirstToken, int EndToken, string Label);
