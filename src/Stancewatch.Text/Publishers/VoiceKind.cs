namespace Stancewatch.Text.Publishers;

/// <summary>Whose voice a publisher carries.</summary>
public enum VoiceKind
{
    /// <summary>Independent media (and every host not in the publishers file).</summary>
    Independent = 0,

    /// <summary>A head of state's own site (kremlin.ru, akorda.kz).</summary>
    Presidential,

    /// <summary>A foreign ministry or one of its embassies (mid.ru, china-embassy.gov.cn).</summary>
    ForeignMinistry,

    /// <summary>Another government site (cabinet, government portal).</summary>
    Government,

    /// <summary>A state news agency or state-owned outlet (tass.com, khovar.tj).</summary>
    StateMedia,
}
