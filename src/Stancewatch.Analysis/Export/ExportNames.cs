namespace Stancewatch.Analysis.Export;

/// <summary>The spellings of the contract that are not plain enum names.</summary>
internal static class ExportNames
{
    public const string DateFormat = "yyyy-MM-dd";

    public static string Of(SilenceKind kind) => kind switch
    {
        SilenceKind.Silence => "silence",
        SilenceKind.Omission => "omission",
        SilenceKind.Retraction => "retraction",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown silence kind"),
    };

    public static SilenceKind? ParseSilenceKind(string? name) => name switch
    {
        null => null,
        "silence" => SilenceKind.Silence,
        "omission" => SilenceKind.Omission,
        "retraction" => SilenceKind.Retraction,
        _ => throw new FormatException($"'{name}' is not one of silence, omission, retraction"),
    };
}
