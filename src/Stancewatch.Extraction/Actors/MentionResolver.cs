using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Stancewatch.Knowledge.Actors;
using Stancewatch.Nlp;
using Stancewatch.Text;

namespace Stancewatch.Extraction.Actors;

/// <summary>
/// Resolves the actor mentions of a document against an <see cref="ActorRegistry"/> at the document's date:
/// names (with possessives and spelling variants; surnames and first names after a full mention), titles before
/// names, role phrases ("Uzbekistan's foreign minister", "the press service of the President of Tajikistan"),
/// metonyms (capitals, seats, "the Putin government"), demonyms before sector nouns ("Kazakh activists"), groups
/// ("the five Central Asian states", "EU countries", "both countries") and coreference (pronouns, "the former",
/// "the latter", "the country"). A place named only as a location ("in Moscow") becomes a Location mention.
/// Uses the dependency parse where present (case markers, conjuncts, heads) and surface cues otherwise.
/// Stateless and thread-safe.
/// </summary>
public sealed class MentionResolver : IMentionResolver
{
    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["in", "at", "into", "across", "throughout", "near", "inside", "outside", "within", "around", "towards", "toward", "via"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> MotionWords = FrozenSet.ToFrozenSet(
        ["arrive", "arrived", "arrives", "arriving", "travel", "travelled", "traveled", "fly", "flew", "flights", "flight", "go", "went", "come", "came", "return", "returned", "send", "sent", "deliver", "delivered", "troops", "moved", "fled", "flee", "trip"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GroupNouns = FrozenSet.ToFrozenSet(
        ["country", "countries", "state", "states", "nation", "nations", "republic", "republics", "government", "governments", "leader", "leaders", "president", "presidents", "member", "members", "member states", "capitals", "neighbours", "neighbors", "allies", "partners", "sanctions", "side", "sides"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SingularGroupNouns = FrozenSet.ToFrozenSet(
        ["country", "state", "nation", "republic", "government", "leader", "president"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ChairWords = FrozenSet.ToFrozenSet(
        ["president", "chairman", "chairwoman", "chair", "chairperson", "speaker", "head"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["both"] = 2, ["neither"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "became", "becomes", "would", "will", "may", "might", "can", "could", "takes", "took", "should"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        ["town", "towns", "city", "cities", "village", "villages", "territory", "territories", "region", "regions", "province",
         "provinces", "border", "borders", "soil", "airspace", "waters", "port", "ports", "positions", "enclave", "coast", "capital",
         "home", "homes", "house", "houses", "camp", "camps", "sector", "sectors", "zone", "zones", "district", "districts", "area", "areas"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "lady", "lord", "sheikh", "general", "gen."], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AgentiveAdjectives = FrozenSet.ToFrozenSet(
        ["willing", "unwilling", "ready", "prepared", "determined", "committed", "eager", "keen", "reluctant", "opposed", "intent"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> OfficeNouns = FrozenSet.ToFrozenSet(
        ["government", "leadership", "authorities", "administration", "embassy", "delegation", "side", "officials", "office", "press office", "cabinet"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
        ["in", "the", "at", "on", "for", "but", "and", "yet", "as", "after", "before", "while", "when", "since", "although", "however", "meanwhile",
         "even", "also", "like", "unlike", "according", "from", "to", "with", "by", "during", "following", "under", "over", "both", "neither", "only",
         "today", "earlier", "later", "instead", "still", "now", "thus", "so", "if", "despite", "officially", "reportedly", "then", "why", "how",
         "what", "whether", "where", "for", "unless", "until", "about", "against", "across", "beyond", "toward", "towards", "without", "is", "was",
         "will", "would", "has", "had", "did", "does", "do", "can", "could", "should", "may", "might", "must", "a", "an", "this", "that", "these",
         "those", "every", "each", "all", "some", "many", "most", "no", "not", "our", "their", "his", "her", "its", "my", "your", "we", "they",
         "he", "she", "it", "i", "you", "there", "here", "moreover", "furthermore", "indeed", "amid", "among", "between", "through", "via", "within"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GovernmentWords = FrozenSet.ToFrozenSet(
        ["government", "administration", "regime", "cabinet", "team"], StringComparer.Ordinal);

    // A chair word before "of BODY" takes the body's chair role ("chairman of the Kazakh Senate").
    private static readonly RoleWord ChairRoleWord = new("chair", RoleKind.HeadOfState, Sector.GOV, false, "");

    private readonly ActorRegistry _registry;
    private readonly int _maxWords;

    /// <summary>Creates a resolver over <paramref name="registry"/>.</summary>
    public MentionResolver(ActorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _maxWords = Math.Min(12, registry.MaxNameWords * 2);
        _names = registry.NameIndex;
        _roleWords = registry.RoleWordIndex;
        _bodies = registry.BodyIndex;
        _nameFirst = registry.NameKeys.Select(k => FirstWord(k).ToString()).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseFirst = registry.RoleWords.Select(w => NameKey.Of(w.Phrase)).Concat(registry.Bodies.Select(b => NameKey.Of(b.Name)))
            .Select(k => FirstWord(k).ToString()).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _groupPhrases = new GroupPhraseIndex(registry.Groups);
    }

    private readonly PrefixIndex<ImmutableArray<NameEntry>> _names;
    private readonly PrefixIndex<RoleWord> _roleWords;
    private readonly PrefixIndex<Body> _bodies;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameFirst;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _phraseFirst;
    private readonly GroupPhraseIndex _groupPhrases;

    private static ReadOnlySpan<char> FirstWord(string key)
    {
        int cut = key.AsSpan().IndexOfAny(' ', '-');
        return cut <= 0 ? key : key.AsSpan(0, cut);
    }

    /// <inheritdoc/>
    public ImmutableArray<ActorMention> Resolve(AnnotatedDocument document, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(AnnotationLayers.Tokens | AnnotationLayers.Sentences))
        {
            throw new ArgumentException("the document needs tokens and sentences", nameof(document));
        }

        var run = new Run(this, document, documentDate ?? DateOnly.MaxValue);
        return run.Execute();
    }

    /// <summary>One resolution of one document: the per-document state (mentions so far, people named).</summary>
    private sealed class Run
    {
        private readonly MentionResolver _owner;
        private readonly ActorRegistry _kb;
        private readonly AnnotatedDocument _doc;
        private readonly DateOnly _date;
        private readonly string[] _keys;
        private readonly bool[] _consumed;
        private readonly List<ActorMention> _mentions = [];
        private readonly List<bool> _plural = [];
        private readonly Dictionary<string, string> _firstNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _mentionedPeople = new(StringComparer.Ordinal);
        private readonly bool _deps;
        private readonly int[] _sentenceOf;
        private readonly bool[] _nameStart;
        private readonly bool[] _phraseStart;
        private readonly (int End, ImmutableArray<NameEntry> Entries)?[] _nameAt;

        public Run(MentionResolver owner, AnnotatedDocument doc, DateOnly date)
        {
            _owner = owner;
            _kb = owner._registry;
            _doc = doc;
            _date = date;
            _deps = doc.Has(AnnotationLayers.Dependencies);
            _keys = new string[doc.TokenCount];
            for (int i = 0; i < doc.TokenCount; i++)
            {
                _keys[i] = NameKey.Of(StripPossessive(doc.Forms[i]));
            }

            _consumed = new bool[doc.TokenCount];
            _nameAt = new (int, ImmutableArray<NameEntry>)?[doc.TokenCount];
            _sentenceOf = new int[doc.TokenCount];
            for (int sentence = 0; sentence < doc.SentenceCount; sentence++)
            {
                var span = doc.Sentence(sentence);
                _sentenceOf.AsSpan(span.FirstToken, span.EndToken - span.FirstToken).Fill(sentence);
            }

            _nameStart = new bool[doc.TokenCount];
            _phraseStart = new bool[doc.TokenCount];
            for (int i = 0; i < doc.TokenCount; i++)
            {
                string key = _keys[i];
                _nameStart[i] = owner._nameFirst.Contains(FirstWord(key));
                _phraseStart[i] = owner._phraseFirst.Contains(FirstWord(key)) || key.EndsWith('s') && owner._phraseFirst.Contains(key.AsSpan(0, key.Length - 1));
            }
        }

        public ImmutableArray<ActorMention> Execute()
        {
            var reserved = new Dictionary<int, int>();
            for (int s = 0; s < _doc.SentenceCount; s++)
            {
                var sentence = _doc.Sentence(s);
                int end = sentence.EndToken;
                // Titles before person names ("Federal Council President Valentina Matviyenko") belong to the name.
                reserved.Clear();
                for (int j = sentence.FirstToken; j < end; j++)
                {
                    var (nameEnd, entries) = MatchName(j, end);
                    if (!entries.IsEmpty && IsPersonName(entries) && TitleBefore(j) is { First: { } titleFirst } && titleFirst < j)
                    {
                        reserved.TryAdd(titleFirst, j);
                        j = nameEnd - 1;
                    }
                }

                int i = sentence.FirstToken;
                while (i < end)
                {
                    if (!_consumed[i] && reserved.TryGetValue(i, out int nameStart))
                    {
                        int next = TryName(nameStart, end);
                        i = next > nameStart ? next : i + 1;
                        continue;
                    }

                    i = _consumed[i] ? i + 1 : Step(i, end);
                }
            }

            return [.. _mentions.OrderBy(m => m.FirstToken)];
        }

        // Some entry names a person, and none is a country name (unless it also is a person's).
        private static bool IsPersonName(ImmutableArray<NameEntry> entries)
        {
            bool person = false;
            foreach (var e in entries)
            {
                bool isPerson = e.Kind is EntryKind.PersonName or EntryKind.PersonVariant or EntryKind.Surname;
                if (!isPerson && e.Kind == EntryKind.CountryName)
                {
                    return false;
                }

                person |= isPerson;
            }

            return person;
        }

        // Tries every kind of mention at token i; returns the next token to look at.
        private int Step(int i, int end)
        {
            int next;
            if ((next = TryGroup(i, end)) > i) return next;
            if ((next = TryCoreference(i, end)) > i) return next;
            if ((next = TryRolePhrase(i, end)) > i) return next;
            if ((next = TryName(i, end)) > i) return next;
            if ((next = TryHyphenCompound(i)) > i) return next;
            if ((next = TryOpposed(i)) > i) return next;
            return i + 1;
        }

        // ---- names ----------

        // The longest known name starting at token i (names are matched on whole tokens, never across punctuation
        // other than "-", "." and "'"); memoised for the sentence end, the usual limit.
        private (int End, ImmutableArray<NameEntry> Entries) MatchName(int i, int end)
        {
            if (!StartsUpper(i) && !HasInnerCapital(i) && !char.IsDigit(_doc.Forms[i][0]) || !_nameStart[i])
            {
                return (i, []);
            }

            bool toSentenceEnd = end == SentenceEnd(i);
            if (toSentenceEnd && _nameAt[i] is { } known)
            {
                return known;
            }

            var names = _owner._names;
            var cursor = names.Start;
            int bestEnd = i;
            ImmutableArray<NameEntry> best = [];
            for (int j = i; j < end && j < i + _owner._maxWords; j++)
            {
                if (IsPossessiveMarker(j) || (j > i && IsPunct(j) && _doc.Forms[j] is not ("-" or "." or "'")))
                {
                    break;
                }

                if (j > i && !Glued(j))
                {
                    cursor = names.Next(cursor, ' ');
                }

                cursor = names.Next(cursor, _keys[j]);
                if (cursor.IsEmpty)
                {
                    break;
                }

                if (!names.TryGetExact(cursor, out var entries))
                {
                    continue;
                }

                var ok = WithFittingCase(entries, i, j);
                if (!ok.IsEmpty && (StartsUpper(j) || HasInnerCapital(j) || char.IsDigit(_doc.Forms[j][0]) || _doc.Forms[j] is "-" or "."))
                {
                    bestEnd = j + 1;
                    best = ok;
                }
            }

            if (toSentenceEnd)
            {
                _nameAt[i] = (bestEnd, best);
            }

            return (bestEnd, best);
        }

        // Case-sensitive entries ("US", "CIS") count only when the tokens spell them exactly.
        private ImmutableArray<NameEntry> WithFittingCase(ImmutableArray<NameEntry> entries, int first, int last)
        {
            bool anySensitive = false;
            foreach (var e in entries)
            {
                anySensitive |= e.CaseSensitive;
            }

            if (!anySensitive)
            {
                return entries;
            }

            var fitting = ImmutableArray.CreateBuilder<NameEntry>(entries.Length);
            foreach (var e in entries)
            {
                if (!e.CaseSensitive || SurfaceIs(e.Text, first, last))
                {
                    fitting.Add(e);
                }
            }

            return fitting.DrainToImmutable();
        }

        // Whether tokens first..last, possessives stripped and spaced as in the text, spell `text`.
        private bool SurfaceIs(string text, int first, int last)
        {
            var rest = text.AsSpan();
            for (int t = first; t <= last; t++)
            {
                if (t > first && !Glued(t))
                {
                    if (rest.IsEmpty || rest[0] != ' ')
                    {
                        return false;
                    }

                    rest = rest[1..];
                }

                string form = _doc.Forms[t];
                var stripped = EndsPossessive(form) && form.Length > 2 ? form.AsSpan(0, form.Length - 2) : form.AsSpan();
                if (!rest.StartsWith(stripped, StringComparison.Ordinal))
                {
                    return false;
                }

                rest = rest[stripped.Length..];
            }

            return rest.IsEmpty;
        }

        private bool Glued(int j) => _doc.TokenStarts[j] <= _doc.TokenEnds[j - 1];

        private int SentenceOf(int token) => (uint)token < (uint)_sentenceOf.Length ? _sentenceOf[token] : _doc.SentenceOf(token);

        private int SentenceStart(int token) => _doc.SentenceStarts[SentenceOf(token)];

        private int SentenceEnd(int token) => _doc.Sentence(SentenceOf(token)).EndToken;

        private int TryName(int i, int end)
        {
            var (nameEnd, entries) = MatchName(i, end);
            if (entries.IsEmpty)
            {
                return TryFirstName(i);
            }

            var person = entries.Where(e => e.Kind is EntryKind.PersonName or EntryKind.PersonVariant or EntryKind.Surname).ToList();
            var other = entries.Where(e => e.Kind is not (EntryKind.PersonName or EntryKind.PersonVariant or EntryKind.Surname)).ToList();
            bool surnameOnly = person.Count > 0 && person.All(e => e.Kind == EntryKind.Surname);
            // "ICC prosecutor Karim Khan", "Ismail Haniyeh": a known surname inside another person's name is not him.
            if (surnameOnly && other.Count == 0 && (InsideLargerName(i) && !Honorifics.Contains(_keys[i - 1]) || UnknownNameFollows(nameEnd)))
            {
                return nameEnd;
            }

            if (person.Count > 0 && (other.Count == 0 || !surnameOnly))
            {
                return EmitPerson(i, nameEnd, person);
            }

            var e = other.OrderBy(x => Priority(x.Kind)).First();
            if (e.Kind is EntryKind.Capital or EntryKind.City or EntryKind.CountryName or EntryKind.Seat && InsideLargerName(i))
            {
                return nameEnd;
            }

            return e.Kind switch
            {
                EntryKind.Medium => Emit(i, nameEnd, MentionKind.Name, [Ref(_kb.Media[e.Target].Actor, Sector.MED, _kb.Media[e.Target].Name, i, nameEnd)], 0.95, e.Target.Length > 0 ? "state medium" : null),
                EntryKind.OrganisationName or EntryKind.OrganisationShort => EmitOrganisation(i, nameEnd, e),
                EntryKind.CountryName or EntryKind.CountryShort or EntryKind.FormerName => EmitCountry(i, nameEnd, e.Target, MentionKind.Name),
                EntryKind.Capital => EmitCountry(i, nameEnd, e.Target, MentionKind.Metonym),
                EntryKind.City => Emit(i, nameEnd, MentionKind.Location, [Ref(e.Target, null, _kb.DisplayName(e.Target), i, nameEnd)], 0.8, null),
                EntryKind.Seat => EmitSeat(i, nameEnd, e),
                EntryKind.Body => EmitBody(i, nameEnd, _kb.Body(NameKey.Of(e.Text))!, null),
                EntryKind.Adjective or EntryKind.Demonym => EmitAdjective(i, nameEnd, e),
                _ => i,
            };
        }

        // "Air Astana": a capitalised word before the name that is neither sentence-initial nor known makes it part of another name.
        private bool InsideLargerName(int i)
        {
            int p = i - 1;
            if (p < 0 || !StartsUpper(p) || SentenceOf(p) != SentenceOf(i) || _keys[p].Length < 2)
            {
                return false;
            }

            if (SentenceStart(i) == p && SentenceStarters.Contains(_keys[p]))
            {
                return false;
            }

            return _kb.LookupKey(_keys[p]).IsEmpty && _kb.RoleWord(_keys[p]) is null && _kb.Body(_keys[p]) is null
                && !Locatives.Contains(_keys[p]) && _keys[p] is not ("the" or "and" or "of");
        }

        private static int Priority(EntryKind kind) => kind switch
        {
            EntryKind.Medium => 0,
            EntryKind.OrganisationName or EntryKind.OrganisationShort => 1,
            EntryKind.CountryName or EntryKind.CountryShort => 2,
            EntryKind.Body => 3,
            EntryKind.Seat => 4,
            EntryKind.Capital => 5,
            EntryKind.City => 6,
            EntryKind.FormerName => 6,
            EntryKind.Adjective => 7,
            _ => 8,
        };

        private int TryFirstName(int i)
        {
            if (StartsUpper(i) && _keys[i].Length > 2 && _firstNames.TryGetValue(_keys[i], out var id) && !IsSentenceStartCommonWord(i))
            {
                return EmitPersonId(i, i + 1, id, 0.7, []);
            }

            return i;
        }

        private int EmitPerson(int i, int end, List<NameEntry> entries)
        {
            var ids = entries.Select(e => e.Target).Distinct(StringComparer.Ordinal).ToList();
            var title = TitleBefore(i);
            double confidence = entries.Any(e => e.Kind != EntryKind.Surname) ? 0.95 : 0.85;
            if (ids.Count > 1)
            {
                var named = ids.Where(_mentionedPeople.Contains).ToList();
                var fitting = title.Kind is null && title.Actor is null ? ids : ids.Where(id => Fits(_kb.People[id], title.Actor, title.Kind)).ToList();
                if (named.Count >= 1 && (title.Kind is null || named.Any(fitting.Contains)))
                {
                    ids = [named.First(fitting.Contains)];
                }
                else if (fitting.Count >= 1)
                {
                    ids = fitting;
                }

                if (ids.Count > 1)
                {
                    // A name shared by several people: prefer the one holding the most senior curated office at the date.
                    ids = [.. ids.OrderBy(id => _kb.People[id].Imported ? 1 : 0).ThenBy(id => _kb.People[id].RolesAt(_date).Select(r => (int)r.Kind).DefaultIfEmpty(999).Min())];
                    confidence = 0.55;
                }
            }

            return EmitPersonId(title.First ?? i, end, ids[0], confidence, title.Tokens, title);
        }

        private static bool Fits(Person p, string? actor, RoleKind? kind) =>
            p.Roles.Any(r => (actor is null || r.Actor == actor) && (kind is null || r.Kind == kind));

        private int EmitPersonId(int first, int end, string id, double confidence, IReadOnlyCollection<int> titleTokens, Title title = default)
        {
            var p = _kb.People[id];
            var roles = _date == DateOnly.MaxValue
                ? [.. p.Roles.Where(r => r.Dates.To is null).OrderBy(r => (int)r.Kind).Concat(p.Roles.OrderByDescending(r => r.Dates.From).Take(1))]
                : p.RolesAt(_date).ToList();
            if (_date == DateOnly.MaxValue && roles.Count > 0 && roles[0].Dates.To is not null)
            {
                // No document date: the latest role is the best guess, with less confidence.
                confidence = Math.Min(confidence, 0.7);
            }

            var role = roles.FirstOrDefault(r => (title.Actor is null || r.Actor == title.Actor) && (title.Kind is null || r.Kind == title.Kind)) ?? roles.FirstOrDefault();
            ActorRef actor;
            string? roleText;
            if (role is not null)
            {
                actor = Ref(Top(role.Actor), role.Sector, p.Name, first, end);
                roleText = role.Title;
            }
            else if (p.Roles.Where(r => r.Dates.To is { } t && t < _date).MaxBy(r => r.Dates.To) is { } former)
            {
                // The role ended before the document's date: the person no longer speaks for the government.
                actor = Ref(Top(former.Actor), Sector.ELI, p.Name, first, end);
                roleText = "former " + former.Title;
                confidence = Math.Min(confidence, 0.6);
            }
            else if (p.Roles.FirstOrDefault() is { } future)
            {
                actor = Ref(Top(future.Actor), Sector.ELI, p.Name, first, end);
                roleText = null;
                confidence = Math.Min(confidence, 0.5);
            }
            else
            {
                return end;
            }

            _mentionedPeople.Add(id);
            var firstName = p.Name.Split(' ')[0];
            if (p.Name.Contains(' ', StringComparison.Ordinal) && firstName.Length > 2)
            {
                _firstNames.TryAdd(NameKey.Of(firstName), id);
            }

            foreach (var t in titleTokens)
            {
                _consumed[t] = true;
            }

            // "the Putin government", "Tokayev's government": the government the person leads.
            int after = SkipPossessive(end);
            if (after < _doc.TokenCount && GovernmentWords.Contains(_keys[after]) && SentenceOf(after) == SentenceOf(first) && actor.Sector is "GOV" or "ELI")
            {
                int gFirst = Determiner(first);
                return Emit(gFirst, after + 1, MentionKind.Metonym, [actor with { Sector = nameof(Sector.GOV), Text = Slice(gFirst, after + 1) }], confidence, roleText);
            }

            return Emit(first, end, MentionKind.Person, [actor], confidence, roleText);
        }

        private int EmitOrganisation(int i, int end, NameEntry e)
        {
            var org = _kb.Organisations[e.Target];
            var (nounEnd, noun) = GroupNounAt(end);
            if (noun is not null && noun is "countries" or "members" or "member states" or "states" or "nations" or "allies" or "governments" or "leaders")
            {
                var members = _kb.MembersAt(e.Target, _date == DateOnly.MaxValue ? null : _date).ToList();
                if (members.Count > MentionIndex.LargestDistributedGroup)
                {
                    return EmitBloc(i, nounEnd, e.Target, 0.85);
                }

                if (members.Count > 0)
                {
                    return EmitGroup(Determiner(i), nounEnd, members, 0.85, plural: true);
                }
            }

            return Emit(i, end, MentionKind.Name, [Ref(Top(e.Target), Sector.IGO, org.Name, i, end)], 0.95, null);
        }

        /// <summary>"EU countries began supplying weapons": members of a bloc too large to name them act as the bloc.</summary>
        private int EmitBloc(int first, int end, string organisation, double confidence) =>
            Emit(first, end, MentionKind.Name, [Ref(Top(organisation), Sector.IGO, _kb.Organisations[organisation].Name, first, end)], confidence, null);

        private int EmitCountry(int i, int end, string code, MentionKind kind)
        {
            // "the Putin government", "Kyrgyzstan's government" are names; "in Moscow" is a place.
            if (IsLocation(i))
            {
                return Emit(i, end, MentionKind.Location, [Ref(code, null, _kb.DisplayName(code), i, end)], 0.8, null);
            }

            if (IsPossessive(end - 1))
            {
                int after = SkipPossessive(end);
                int r = RoleAfter(after, code, i, kind == MentionKind.Metonym ? MentionKind.Metonym : MentionKind.Role);
                if (r > i)
                {
                    return r;
                }
            }

            if (GovernmentBefore(i) is { } gov)
            {
                return Emit(gov, end, MentionKind.Metonym, [Ref(code, Sector.GOV, _kb.DisplayName(code), gov, end)], 0.85, null);
            }

            return Emit(i, end, kind, [Ref(code, Sector.GOV, _kb.DisplayName(code), i, end)], kind == MentionKind.Name ? 0.9 : 0.8, null);
        }

        private int EmitSeat(int i, int end, NameEntry e)
        {
            if (IsLocation(i))
            {
                return Emit(i, end, MentionKind.Location, [Ref(e.Target, null, e.Text, i, end)], 0.7, null);
            }

            return Emit(Determiner(i), end, MentionKind.Metonym, [Ref(e.Target, e.Sector, e.Text, i, end)], 0.85, null);
        }

        private int EmitBody(int i, int end, Body body, string? code)
        {
            code ??= body.Actor;
            if (code is null)
            {
                return i;
            }

            return Emit(Determiner(i), end, MentionKind.Name, [Ref(code, body.Sector, body.Name, i, end)], 0.85, null);
        }

        private int EmitAdjective(int i, int end, NameEntry e)
        {
            var code = e.Target;
            int r = RoleAfter(end, code, Determiner(i), MentionKind.Adjective);
            if (r > i)
            {
                return r;
            }

            if (e.Kind == EntryKind.Demonym)
            {
                return EmitPlural(i, end, MentionKind.Adjective, [Ref(code, Sector.CVL, _kb.DisplayName(code), i, end)], 0.7, null, plural: true);
            }

            // "Iraqi towns", "Syrian territory": the country as a place (a target of attacks, the host of visits).
            if (end < _doc.TokenCount && SentenceOf(end) == SentenceOf(i) && PlaceNouns.Contains(_keys[end]))
            {
                return Emit(i, end + 1, MentionKind.Location, [Ref(code, null, _kb.DisplayName(code), i, end + 1)], 0.6, null);
            }

            // "Russian and Chinese diplomats": the first adjective shares the noun of the second.
            if (CoordinatedRoleFollows(end))
            {
                return Emit(i, end, MentionKind.Adjective, [Ref(code, null, _kb.DisplayName(code), i, end)], 0.7, null);
            }

            // "Palestinian riots", "Iranian threats", "Russian films": an adjective the parser hangs on the common noun
            // after it names the country the thing is of, the agent of an act; "withdrew from the Syrian to the Israeli
            // sector": an adjective heading a phrase of its own stands for its noun, the country's. Without a parse it is
            // not an actor.
            bool ofNoun = end < _doc.TokenCount && _deps && _doc.Upos[end] == "NOUN" && _doc.Heads[i] == end;
            bool elliptical = _deps && end == i + 1 && _doc.Deprels[i] is "obl" or "nmod" && i > 0 && _keys[i - 1] == "the";
            if (ofNoun || elliptical)
            {
                return Emit(i, end, MentionKind.Adjective, [Ref(code, null, _kb.DisplayName(code), i, end)], 0.5, null);
            }

            return end;
        }

        /// <summary>"and" (or ",") at <paramref name="at"/>, then a country adjective or name and a role word.</summary>
        private bool CoordinatedRoleFollows(int at)
        {
            int p = at < _doc.TokenCount && _keys[at] == "," ? at + 1 : at;
            if (p + 2 >= _doc.TokenCount || _keys[p] != "and" || SentenceOf(p) != SentenceOf(at))
            {
                return false;
            }

            var (nameEnd, entries) = MatchName(p + 1, Math.Min(_doc.TokenCount, p + 5));
            return entries.Any(e => e.Kind is EntryKind.Adjective or EntryKind.CountryName or EntryKind.CountryShort)
                && nameEnd < _doc.TokenCount && RoleWordAt(nameEnd).Word is not null;
        }

        // ---- role phrases ----------

        // After an adjective or possessive naming `code`: a role word ("president", "foreign minister"), a sector
        // noun ("activists", "media"), a body ("Senate") or "government".
        private int RoleAfter(int at, string code, int first, MentionKind kind)
        {
            for (int skip = 0; skip <= 2; skip++)
            {
                int p = at + skip;
                if (p >= _doc.TokenCount || SentenceOf(p) != SentenceOf(Math.Max(first, 0)))
                {
                    return first - 1 < 0 ? -1 : first - 1;
                }

                var body = BodyAt(p);
                if (body.Body is { } b)
                {
                    int bend = body.End;
                    if (b.Actor is null || b.Actor == code)
                    {
                        int chair = ChairOf(bend, code, b, first);
                        return chair > first ? chair : Emit(first, bend, MentionKind.Name, [Ref(code, b.Sector, b.Name, first, bend)], 0.85, null);
                    }
                }

                var word = RoleWordAt(p);
                if (word.Word is { } w)
                {
                    return EmitRoleWord(first, word.End, code, w, word.Plural, kind);
                }

                // Only modifiers may be skipped ("long-serving", "diplomatic", "sovereign").
                if (IsPunct(p) || StartsUpper(p) && !IsHyphenated(p) || _doc.Forms[p].Length < 3)
                {
                    break;
                }
            }

            return first - 1 < 0 ? -1 : first - 1;
        }

        private int EmitRoleWord(int first, int end, string code, RoleWord w, bool plural, MentionKind kind)
        {
            if (_kb.States.ContainsKey(code) || _kb.Organisations.ContainsKey(code))
            {
                if (w.Role is { } roleKind)
                {
                    var holders = _kb.HoldersAt(code, roleKind, _date).ToList();
                    if (NameFollows(end))
                    {
                        // "Kyrgyz President Sadyr Japarov": the title belongs to the name, resolved with it; a name we
                        // do not know ("Egyptian President Hosni Mubarak") holds the office the title names.
                        return UnknownNameEnd(end) is int nameEnd and > 0 && !plural
                            ? Emit(first, nameEnd, MentionKind.Role, [Ref(Top(code), w.Sector, null, first, nameEnd)], 0.7, w.Phrase)
                            : first - 1 < 0 ? -1 : first - 1;
                    }

                    if (holders.Count > 0)
                    {
                        var (p, r) = holders[0];
                        if (!plural)
                        {
                            _mentionedPeople.Add(p.Id);
                        }

                        return EmitPlural(first, end, MentionKind.Role, [Ref(Top(code), r.Sector, plural ? null : p.Name, first, end)], 0.85, plural ? w.Phrase : r.Title, plural);
                    }

                    return EmitPlural(first, end, MentionKind.Role, [Ref(Top(code), w.Sector, null, first, end)], 0.75, w.Phrase, plural);
                }

                // "the Kazakh politician": a definite description of the person last named for that country.
                if (w.Sector == Sector.GOV && !plural && IsDefinite(first) && w.Phrase is "politician" or "official" or "diplomat" && LastPerson(code) is { } antecedent)
                {
                    var a = _mentions[antecedent];
                    return Emit(first, end, MentionKind.Coreference, [a.Actors[0] with { Text = Slice(first, end) }], 0.7, a.Role, antecedent);
                }

                return EmitPlural(first, end, kind == MentionKind.Role ? MentionKind.Adjective : kind, [Ref(Top(code), w.Sector, _kb.DisplayName(code), first, end)], 0.8, null, plural || w.Plural);
            }

            return first - 1 < 0 ? -1 : first - 1;
        }

        // "President of the Majlisi Milli", "chairwoman of the Russian Federation Council" handled by TryRolePhrase;
        // here "Federal Council President" (body then chair word) when a name does not follow.
        private int ChairOf(int at, string code, Body b, int first)
        {
            if (b.ChairRole is not { } kind || at >= _doc.TokenCount || !ChairWords.Contains(_keys[at]))
            {
                return first;
            }

            if (NameFollows(at + 1))
            {
                return first;
            }

            var holder = _kb.HoldersAt(code, kind, _date).FirstOrDefault();
            return holder.Person is null
                ? Emit(first, at + 1, MentionKind.Role, [Ref(code, b.Sector, null, first, at + 1)], 0.75, b.Name + " " + _doc.Forms[at])
                : Emit(first, at + 1, MentionKind.Role, [Ref(code, holder.Role.Sector, holder.Person.Name, first, at + 1)], 0.85, holder.Role.Title);
        }

        // "[the] ROLE of [the] (COUNTRY | BODY | ADJ BODY | ROLE of COUNTRY | ORG)", and "ROLE of COUNTRY's BODY".
        private int TryRolePhrase(int i, int end)
        {
            int start = Determiner(i) == i && _keys[i] is "the" or "a" or "an" ? i + 1 : i;
            if (start >= end)
            {
                return i;
            }

            var word = RoleWordAt(start);
            if (word.Word is null && start + 1 < end && IsPlainAdjective(start) && RoleWordAt(start + 1) is { Word: { Role: null } } modified)
            {
                // "a local court in Bishkek", "the regional police in Osh".
                (start, word) = (start + 1, modified);
            }

            if (word.Word is null && ChairWords.Contains(_keys[start]))
            {
                word = (start + 1, ChairRoleWord, false);
            }

            var body = BodyAt(start);
            if (body.Body is not null && body.End >= word.End)
            {
                word = (start, null, false);
            }

            int wordEnd = word.Word is not null ? word.End : body.Body is not null ? body.End : -1;
            if (wordEnd >= 0 && wordEnd < end && _keys[wordEnd] is "in" or "from" && word.Word is { Role: null } sectorWord)
            {
                return SectorNounIn(i, wordEnd, end, sectorWord, word.Plural);
            }

            if (wordEnd < 0 || wordEnd >= end || _keys[wordEnd] != "of")
            {
                return i;
            }

            if (word.Word is { Role: null, Local: true } localOffice)
            {
                return LocalOffice(i, wordEnd, end, localOffice, word.Plural);
            }

            bool chairWord = ChairWords.Contains(_keys[start]);
            if (word.Word is { Role: null } office && !OfficeNouns.Contains(NameKey.Of(office.Phrase)) && !chairWord)
            {
                return i;
            }

            var target = ResolveOfTarget(wordEnd + 1, end);
            if (target.Code is null)
            {
                return i;
            }

            int first = i;
            string code = target.Code;
            if (word.Word is { } w)
            {
                RoleKind? roleKind = chairWord && target.Body is { ChairRole: { } chair } ? chair : w.Role;
                bool deputy = start > 0 && _keys[start - 1] is "deputy" or "vice" or "first" or "acting";
                if (deputy)
                {
                    first = Determiner(start - 1);
                    if (_keys[start - 2 < 0 ? 0 : start - 2] == "first")
                    {
                        first = Determiner(start - 2);
                    }

                    roleKind = roleKind == RoleKind.HeadOfGovernment ? RoleKind.DeputyHeadOfGovernment : roleKind == RoleKind.ForeignMinister ? RoleKind.DeputyForeignMinister : null;
                }

                if (roleKind is { } kind && !target.IsPersonRole)
                {

                    if (NameFollows(target.End) && !word.Plural)
                    {
                        // "Egyptian President Hosni Mubarak" with a name we do not know: the title says whose office he holds.
                        return UnknownNameEnd(target.End) is int nameEnd and > 0
                            ? Emit(first, nameEnd, MentionKind.Role, [Ref(Top(code), w.Sector, null, first, nameEnd)], 0.7, Slice(start, wordEnd))
                            : i;
                    }

                    var holders = _kb.HoldersAt(code, kind, _date).ToList();
                    if (holders.Count > 0 && !word.Plural)
                    {
                        var (p, r) = holders[0];
                        _mentionedPeople.Add(p.Id);
                        return Emit(first, target.End, MentionKind.Role, [Ref(Top(code), r.Sector, p.Name, first, target.End)], 0.85, r.Title);
                    }

                    return EmitPlural(first, target.End, MentionKind.Role, [Ref(Top(code), w.Sector, null, first, target.End)], 0.75, Slice(start, wordEnd), word.Plural);
                }

                // "the press service of the President of Kyrgyzstan": the voice of that office.
                var sector = target.IsPersonRole ? target.Sector : w.Sector;
                return EmitPlural(first, target.End, MentionKind.Role, [Ref(Top(code), sector, deputy ? null : target.PersonName, first, target.End)], 0.85, Slice(deputy ? first : start, target.End), word.Plural);
            }

            var b = body.Body!;
            return Emit(first, target.End, MentionKind.Name, [Ref(Top(code), b.Sector, b.Name, first, target.End)], 0.85, null);
        }

        // "officials in Kazakhstan", "rebels in the Ivory Coast", "activists from Georgia": a sector noun with no country
        // of its own belongs to the country named after it. Not for soldiers ("troops in Ukraine" may be anyone's).
        private int SectorNounIn(int i, int prep, int end, RoleWord w, bool plural)
        {
            int p = prep + 1 < end && _keys[prep + 1] == "the" ? prep + 2 : prep + 1;
            if (w.Sector == Sector.MIL || w.Abroad || p >= end)
            {
                return i;
            }

            // "officials in Kazakhstan and Uzbekistan": the officials of each; "police in Almaty", "a court in
            // Bishkek": those of the city's country.
            var codes = new List<string>();
            int last = p;
            while (p < end)
            {
                var (nameEnd, entries) = MatchName(p, end);
                var country = entries.FirstOrDefault(e => e.Kind is EntryKind.CountryName or EntryKind.CountryShort or EntryKind.Capital or EntryKind.City && _kb.States.ContainsKey(e.Target));
                if (country is null || nameEnd <= p)
                {
                    break;
                }

                codes.Add(country.Target);
                last = nameEnd;
                p = nameEnd < end && _keys[nameEnd] is "and" or "," ? nameEnd + 1 : end;
            }

            return codes.Count == 0
                ? i
                : EmitPlural(i, last, MentionKind.Role, [.. codes.Distinct(StringComparer.Ordinal).Select(c => Ref(c, w.Sector, null, i, last))], 0.7, w.Phrase, plural || codes.Count > 1);
        }

        /// <summary>
        /// "the mayor of Kherson", "the mayor of the northern West Bank city of Nablus": the government of the country
        /// of the first place named in the phrase after "of".
        /// </summary>
        private int LocalOffice(int i, int of, int end, RoleWord w, bool plural)
        {
            for (int p = of + 1; p < Math.Min(end, of + 8) && !IsPunct(p); p++)
            {
                var (nameEnd, entries) = MatchName(p, end);
                if (nameEnd > p && entries.FirstOrDefault(e => e.Kind is EntryKind.CountryName or EntryKind.CountryShort or EntryKind.Capital or EntryKind.City && _kb.States.ContainsKey(e.Target)) is { } place)
                {
                    return EmitPlural(i, nameEnd, MentionKind.Role, [Ref(place.Target, w.Sector, null, i, nameEnd)], 0.7, w.Phrase, plural);
                }
            }

            return i;
        }

        private readonly record struct OfTarget(string? Code, int End, Body? Body, bool IsPersonRole, Sector Sector, string? PersonName);

        private OfTarget ResolveOfTarget(int p, int end)
        {
            if (p < end && _keys[p] == "the")
            {
                p++;
            }

            if (p >= end)
            {
                return default;
            }

            // A nested role: "the President of Tajikistan".
            var inner = RoleWordAt(p);
            if (inner.Word is { Role: { } kind } && inner.End < end && _keys[inner.End] == "of")
            {
                var t = ResolveOfTarget(inner.End + 1, end);
                if (t.Code is not null)
                {
                    var holder = _kb.HoldersAt(t.Code, kind, _date).FirstOrDefault();
                    return new OfTarget(t.Code, t.End, null, true, inner.Word.Sector, holder.Person?.Name);
                }
            }

            var named = BodyAt(p);
            if (named.Body is { Actor: { } bodyActor } nb)
            {
                return new OfTarget(bodyActor, named.End, nb, false, nb.Sector, null);
            }

            // "the Russian Federation Council": an adjective and a body, before "Russian Federation" can match as a name.
            var adjective = _kb.LookupKey(_keys[p]).FirstOrDefault(x => x.Kind == EntryKind.Adjective);
            if (adjective is not null && p + 1 < end && BodyAt(p + 1) is { Body: { } adjBody } adjAt && (adjBody.Actor is null || adjBody.Actor == adjective.Target))
            {
                return new OfTarget(adjective.Target, adjAt.End, adjBody, false, adjBody.Sector, null);
            }

            var (nameEnd, entries) = MatchName(p, end);
            if (entries.IsEmpty)
            {
                return default;
            }

            var e = entries.OrderBy(x => Priority(x.Kind)).First();
            if (e.Kind is EntryKind.CountryName or EntryKind.CountryShort or EntryKind.FormerName or EntryKind.OrganisationName or EntryKind.OrganisationShort)
            {
                // "of Kyrgyzstan's cabinet of ministers"
                if (IsPossessive(nameEnd - 1))
                {
                    var b = BodyAt(SkipPossessive(nameEnd));
                    if (b.Body is { } pb)
                    {
                        return new OfTarget(e.Target, b.End, pb, false, pb.Sector, null);
                    }
                }

                return new OfTarget(e.Target, nameEnd, null, false, Sector.GOV, null);
            }

            if (e.Kind is EntryKind.Adjective)
            {
                var b = BodyAt(nameEnd);
                if (b.Body is { } ab && (ab.Actor is null || ab.Actor == e.Target))
                {
                    return new OfTarget(e.Target, b.End, ab, false, ab.Sector, null);
                }
            }

            return default;
        }

        // ---- groups ----------

        private int TryGroup(int i, int end)
        {
            int p = i;
            int? number = null;
            bool negated = false;
            if (_keys[p] is "the" or "those" or "these" or "all" or "no" or "both" or "neither" or "each" or "every")
            {
                negated = _keys[p] is "no" or "neither";
                if (_keys[p] is "both" or "neither")
                {
                    number = 2;
                }

                p++;
            }

            if (p < end && Numbers.TryGetValue(_keys[p], out int n))
            {
                number = n;
                p++;
            }

            if (p >= end)
            {
                return i;
            }

            // "both countries", "the two countries", "those three governments", "neither country".
            if (number is { } count && GroupNounAt(p) is { Noun: not null } bare && bare.Noun is not ("member" or "members" or "sanctions"))
            {
                // "the offices of Tokayev and Putin ... The two leaders": a named pair of people outranks later names.
                bool people = bare.Noun is "leaders" or "presidents";
                var codes = LastEnumeration(count, people) ?? LastStates(count, peopleFirst: true);
                if (codes.Count != count)
                {
                    codes = LastStates(count, peopleFirst: false);
                }

                if (codes.Count == count)
                {
                    return EmitGroup(i, bare.End, codes, 0.75, plural: true, kind: MentionKind.Group, negated: negated);
                }

                // "the five states in Muslim-majority Central Asia": the region after the noun names them.
                if (RegionAfter(bare.End, end, count) is { } region)
                {
                    return EmitGroup(i, region.End, region.Members, 0.8, plural: true, negated: negated);
                }
            }

            // "The heads of state agreed ...", "the presidents discussed": the two leaders the text has just named.
            if (number is null && _keys[i] == "the" && p == i + 1 && CounterpartsNounAt(p) is int counterpartsEnd
                && (counterpartsEnd >= end || _keys[counterpartsEnd] != "of"))
            {
                var pair = LastStates(2, peopleFirst: true);
                if (pair.Count == 2)
                {
                    return EmitGroup(i, counterpartsEnd, pair, 0.6, plural: true, kind: MentionKind.Coreference);
                }
            }

            foreach (var (g, phrase, words) in _owner._groupPhrases.StartingWith(_keys[p]))
            {
                int phraseEnd = MatchPhrase(p, end, words);
                if (phraseEnd <= p)
                {
                    continue;
                }

                // "the West Bank" is a place, not "the West": a longer known name wins.
                var (nameEnd, names) = MatchName(p, end);
                if (!names.IsEmpty && nameEnd > phraseEnd)
                {
                    continue;
                }

                bool standalone = phrase.StartsWith("the ", StringComparison.Ordinal) || (phrase == "West" && p > 0 && _keys[p - 1] == "the");
                var noun = GroupNounAt(phraseEnd);
                if (noun.Noun is null && !standalone)
                {
                    continue;
                }

                var members = _kb.GroupMembers(g, _date == DateOnly.MaxValue ? null : _date).ToList();
                if (number is { } size && size != members.Count)
                {
                    members = EnumerationAfter(noun.Noun is null ? phraseEnd : noun.End, size) ?? members;
                }

                int groupEnd = noun.Noun is null ? phraseEnd : noun.End;
                int first = standalone && p > 0 && _keys[p - 1] == "the" && p - 1 >= i - 1 ? Math.Min(i, p - 1) : i;
                bool quantified = p > i && _keys[i] is not "the";
                if (number is null && !quantified && noun.Noun is { } singular && SingularGroupNouns.Contains(singular))
                {
                    // "the energy-rich Central Asian nation": one member, the one the text is about; none if unnamed
                    // or indefinite ("a Central Asian state").
                    bool indefinite = i > 0 && _keys[i - 1] is "a" or "an" or "another" or "one";
                    return !indefinite && LastMatching((m, _) => m.Actors.Length == 1 && members.Contains(m.Actors[0].Code), includeLocations: true) is { } one
                        ? EmitCoref(first, groupEnd, one, 0.6)
                        : groupEnd;
                }

                if (members.Count > MentionIndex.LargestDistributedGroup && g.Members is [['@', .. var bloc]] && _kb.Organisations.ContainsKey(bloc))
                {
                    return EmitBloc(first, groupEnd, bloc, 0.8);
                }

                return EmitGroup(first, groupEnd, members, 0.85, plural: true, negated: negated);
            }

            return i;
        }

        private List<string>? EnumerationAfter(int p, int size)
        {
            var found = new List<string>();
            int end = SentenceEnd(Math.Min(p, _doc.TokenCount - 1));
            for (int j = p; j < end && j < p + size * 3 + 3 && found.Count < size; j++)
            {
                var (e, entries) = MatchName(j, end);
                var c = entries.FirstOrDefault(x => x.Kind == EntryKind.CountryName);
                if (c is not null)
                {
                    found.Add(c.Target);
                    j = e - 1;
                }
            }

            return found.Count == size ? found : null;
        }

        private int EmitGroup(int first, int end, IReadOnlyList<string> codes, double confidence, bool plural, MentionKind kind = MentionKind.Group, bool negated = false)
        {
            var refs = codes.Select(c => Ref(c, Sector.GOV, _kb.DisplayName(c), first, end)).ToImmutableArray();
            return EmitPlural(first, end, kind, refs, confidence, negated ? "none of" : null, plural);
        }

        // ---- coreference ----------

        private int TryCoreference(int i, int end)
        {
            string k = _keys[i];
            bool pronounTag = !_doc.Has(AnnotationLayers.Tags) || _doc.Upos[i] is "PRON" or "DET";
            if (k is "he" or "him" or "his" or "she" or "her" or "hers" && pronounTag)
            {
                return LastMatching((m, _) => m.Kind is MentionKind.Person || m.Actors.Length == 1 && m.Actors[0].Name is not null && m.Kind is MentionKind.Role or MentionKind.Coreference && IsPersonRef(m)) is { } a
                    ? EmitCoref(i, i + 1, a, 0.65)
                    : i + 1;
            }

            if (k is "it" or "its" && pronounTag)
            {
                if (k == "it" && i + 1 < end && Copulas.Contains(_keys[i + 1]) && !ActsAfterModal(i + 1, end) && !AgentivePredicateAfter(i + 1, end))
                {
                    return i + 1;
                }

                bool Fits(ActorMention m, int x) => m.Kind is not (MentionKind.Person or MentionKind.Location) && m.Actors.Length == 1 && !IsPersonRef(m) && !_plural[x];

                // A subject in the same sentence is the likelier antecedent: "Serbia will reject sanctions against
                // Russia, its president said".
                int? antecedent = LastMatching((m, x) => Fits(m, x) && SentenceOf(m.FirstToken) == SentenceOf(i) && IsSubject(m))
                    ?? LastMatching((m, x) => Fits(m, x) && SentenceOf(m.FirstToken) == SentenceOf(i) - 1 && IsSubject(m) && !_mentions.Skip(x + 1).Any(o => SentenceOf(o.FirstToken) == SentenceOf(i)))
                    ?? LastMatching(Fits);
                if (antecedent is not { } a)
                {
                    return i + 1;
                }

                // "its president", "its foreign ministry": the office of the state "its" stands for.
                string code = _mentions[a].Actors[0].Code;
                if (k == "its" && _kb.States.ContainsKey(code) && RoleAfter(i + 1, code, i, MentionKind.Coreference) is int r && r > i + 1)
                {
                    return r;
                }

                return EmitCoref(i, i + 1, a, 0.55);
            }

            if (k is "they" or "them" or "their" && pronounTag)
            {
                // "officials in Kazakhstan and Uzbekistan ... they": the coordination just named.
                if (_mentions.Count >= 2 && _mentions[^1] is var second && _mentions[^2] is var first
                    && SentenceOf(second.FirstToken) == SentenceOf(i) && first.Kind != MentionKind.Location && second.Kind != MentionKind.Location
                    && first.Actors.Length == 1 && second.Actors.Length == 1 && OnlyConjunctionsBetween(first.EndToken, second.FirstToken))
                {
                    return EmitGroup(i, i + 1, [first.Actors[0].Code, second.Actors[0].Code], 0.55, plural: true, kind: MentionKind.Coreference);
                }

                if (LastMatching((m, x) => m.Kind != MentionKind.Location && (m.Actors.Length > 1 || _plural[x] || EndsInPluralNoun(m))) is { } a)
                {
                    return UnknownPluralBetween(_mentions[a].EndToken, i) ? i + 1 : EmitCoref(i, i + 1, a, 0.55);
                }

                // "The US claimed that they had attacked Iraq": with nothing plural named, a state or organisation that
                // is a subject earlier in the sentence.
                return LastMatching((m, _) => SentenceOf(m.FirstToken) == SentenceOf(i) && m.Actors.Length == 1 && !IsPersonRef(m)
                        && m.Kind is not (MentionKind.Person or MentionKind.Location) && IsSubject(m)
                        && (_kb.States.ContainsKey(m.Actors[0].Code) || _kb.Organisations.ContainsKey(m.Actors[0].Code))) is { } collective
                    && !UnknownPluralBetween(_mentions[collective].EndToken, i)
                    ? EmitCoref(i, i + 1, collective, 0.45)
                    : i + 1;
            }

            if (k == "the" && i + 1 < end && _keys[i + 1] is "former" or "latter" && (i + 2 >= end || IsPunct(i + 2) || _doc.Upos.IsDefaultOrEmpty || _doc.Upos[i + 2] is not ("NOUN" or "PROPN")))
            {
                var candidates = Enumerable.Range(0, _mentions.Count).Reverse()
                    .Where(x => _mentions[x].Kind != MentionKind.Location && SentenceOf(_mentions[x].FirstToken) >= SentenceOf(i) - 1)
                    .Take(2).ToList();
                if (candidates.Count == 2)
                {
                    return EmitCoref(i, i + 2, _keys[i + 1] == "latter" ? candidates[0] : candidates[1], 0.75);
                }
            }

            // "the foreign ministry", "the presidential administration": a generic body of the last state named.
            if (k == "the" && i + 1 < end && BodyAt(i + 1) is { Body: { Actor: null } generic } gb && !(gb.End < end && _keys[gb.End] == "of"))
            {
                if (FocusState(i) is { } idx)
                {
                    var src = _mentions[idx].Actors[0];
                    return Emit(i, gb.End, MentionKind.Coreference, [new ActorRef(src.Code, generic.Sector.ToString(), generic.Name, Slice(i, gb.End))], 0.6, null, idx);
                }
            }

            // "the prime minister said": the person last named in that office, else its holder in the state in focus.
            if (k == "the" && i + 1 < end && RoleWordAt(i + 1) is { Word: { Role: { } kind } w, Plural: false } rw
                && (rw.End >= end || _keys[rw.End] is not ("of" or "'s" or "’s")) && !NameFollows(rw.End))
            {
                if (LastMatching((m, _) => (m.Kind == MentionKind.Person || m.Kind == MentionKind.Role && IsPersonRef(m)) && m.Actors.Length == 1 && m.Role is { } title && title.Contains(w.Phrase, StringComparison.OrdinalIgnoreCase)) is { } person)
                {
                    return EmitCoref(i, rw.End, person, 0.65);
                }

                if (FocusState(i) is { } state && _kb.HoldersAt(_mentions[state].Actors[0].Code, kind, _date).FirstOrDefault() is ({ } holder, { } role))
                {
                    string code = _mentions[state].Actors[0].Code;
                    _mentionedPeople.Add(holder.Id);
                    return Emit(i, rw.End, MentionKind.Coreference, [Ref(Top(code), role.Sector, holder.Name, i, rw.End)], 0.6, role.Title, state);
                }
            }

            // "the country('s)", "the organisation", "the bloc": the last state or organisation named.
            if (k == "the" && i + 1 < end && _keys[i + 1] is "country" or "organization" or "organisation" or "bloc" or "alliance" or "republic")
            {
                bool state = _keys[i + 1] is "country" or "republic";
                // A country named earlier in the same sentence ("the situation in Ukraine ... against the country")
                // is nearer than the state the last sentences are about; a city is only where something happened.
                int? a = state
                    ? LastMatching((m, _) => SentenceOf(m.FirstToken) == SentenceOf(i) && NamesACountry(m), includeLocations: true)
                        ?? FocusState(i) ?? LastMatching((m, _) => m.Actors.Length == 1 && _kb.States.ContainsKey(m.Actors[0].Code), includeLocations: true)
                    : LastMatching((m, _) => m.Actors.Length == 1 && _kb.Organisations.ContainsKey(m.Actors[0].Code) && !IsPersonRef(m));
                if (a is { } idx)
                {
                    int after = i + 2;
                    if (IsPossessive(i + 1))
                    {
                        after = SkipPossessive(i + 2);
                        int r = RoleAfter(after, _mentions[idx].Actors[0].Code, i, MentionKind.Coreference);
                        if (r > i + 1)
                        {
                            return r;
                        }
                    }

                    var src = _mentions[idx].Actors[0];
                    return Emit(i, i + 2, MentionKind.Coreference, [src with { Sector = state ? nameof(Sector.GOV) : nameof(Sector.IGO), Name = _kb.DisplayName(src.Code), Text = Slice(i, i + 2) }], 0.6, null, idx);
                }
            }

            return i;
        }

        // "it will support", "it would not accept": a modal before a verb of action, not the "it will be hard" of an
        // empty subject, so "it" refers.
        private bool ActsAfterModal(int modal, int end)
        {
            if (!_doc.Has(AnnotationLayers.Tags) || _doc.Xpos[modal] != "MD")
            {
                return false;
            }

            int j = modal + 1;
            while (j < end && (_keys[j] is "not" or "n't" or "also" or "soon" or "now" || _doc.Upos[j] == "ADV"))
            {
                j++;
            }

            return j < end && _doc.Upos[j] == "VERB" && _keys[j] is not ("be" or "seem" or "appear" or "take" or "make" or "become");
        }

        // "it is willing to withdraw", "it was ready to host": an adjective only an agent can be, so "it" refers
        // (unlike the empty subject of "it is hard to say").
        private bool AgentivePredicateAfter(int copula, int end)
        {
            int j = copula + 1;
            while (j < end && (_keys[j] is "not" or "n't" or "also" or "still" or "now" or "fully"))
            {
                j++;
            }

            return j < end && AgentiveAdjectives.Contains(_keys[j]);
        }

        /// <summary>"European countries", "Western governments": one actor named by a plural noun.</summary>
        private bool EndsInPluralNoun(ActorMention m) =>
            !_doc.Xpos.IsDefaultOrEmpty && m.EndToken > 0 && _doc.Xpos[m.EndToken - 1] is "NNS" or "NNPS";

        /// <summary>"European countries say they ...": a plural noun of the same sentence, nearer than any actor, that names none.</summary>
        private bool UnknownPluralBetween(int after, int pronoun)
        {
            if (_doc.Xpos.IsDefaultOrEmpty)
            {
                return false;
            }

            for (int j = pronoun - 1; j >= Math.Max(after, SentenceStart(pronoun)); j--)
            {
                if (_doc.Xpos[j] is "NNS" or "NNPS" && !_mentions.Any(m => m.FirstToken <= j && j < m.EndToken))
                {
                    return true;
                }
            }

            return false;
        }

        private int EmitCoref(int first, int end, int antecedent, double confidence)
        {
            var a = _mentions[antecedent];
            var refs = a.Actors.Select(r => r with { Text = Slice(first, end), Sector = r.Sector ?? nameof(Sector.GOV) }).ToImmutableArray();
            return EmitPlural(first, end, MentionKind.Coreference, refs, Math.Min(confidence, a.Confidence), a.Role, _plural[antecedent], antecedent);
        }

        private int? LastMatching(Func<ActorMention, int, bool> predicate, bool includeLocations = false)
        {
            int sentence = _mentions.Count == 0 ? 0 : SentenceOf(_mentions[^1].FirstToken);
            for (int x = _mentions.Count - 1; x >= 0; x--)
            {
                var m = _mentions[x];
                if (SentenceOf(m.FirstToken) < sentence - 3)
                {
                    break;
                }

                if ((includeLocations || m.Kind != MentionKind.Location) && predicate(m, x))
                {
                    return x;
                }
            }

            return null;
        }

        // The state the last sentences are about: the one most often named (as an actor, not a place) in them;
        // returns the index of its latest mention.
        private int? FocusState(int token)
        {
            int sentence = SentenceOf(token);
            var counts = new Dictionary<string, (int Count, int Last)>(StringComparer.Ordinal);
            for (int x = _mentions.Count - 1; x >= 0 && SentenceOf(_mentions[x].FirstToken) >= sentence - 3; x--)
            {
                var m = _mentions[x];
                if (m.Kind == MentionKind.Location || m.Actors.Length != 1 || !_kb.States.ContainsKey(m.Actors[0].Code)
                    || m.Actors[0].Sector is "CVL" or "MED" or "BUS" or "OPP" or "ELI")
                {
                    continue;
                }

                var c = m.Actors[0].Code;
                counts[c] = counts.TryGetValue(c, out var v) ? (v.Count + 1, v.Last) : (1, x);
            }

            return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value.Count).ThenByDescending(kv => kv.Value.Last).First().Value.Last;
        }

        private bool NamesACountry(ActorMention m)
        {
            if (m.Kind is not (MentionKind.Name or MentionKind.Location) || m.Actors.Length != 1 || !_kb.States.TryGetValue(m.Actors[0].Code, out var state))
            {
                return false;
            }

            string text = m.Range.Slice(_doc.Text);
            text = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
            return state.Names.Concat(state.ShortForms).Any(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        }

        private int? LastPerson(string code) =>
            LastMatching((m, _) => m.Kind is MentionKind.Person && m.Actors[0].Code == code);

        private (int End, List<string> Members)? RegionAfter(int p, int end, int count)
        {
            if (p >= end || _keys[p] is not ("in" or "of" or "from"))
            {
                return null;
            }

            for (int q = p + 1; q < Math.Min(end, p + 5); q++)
            {
                foreach (var (g, _, words) in _owner._groupPhrases.StartingWith(_keys[q]))
                {
                    int phraseEnd = MatchPhrase(q, end, words);
                    var members = phraseEnd > q ? _kb.GroupMembers(g, _date == DateOnly.MaxValue ? null : _date).ToList() : null;
                    if (members is not null && members.Count == count)
                    {
                        return (phraseEnd, members);
                    }
                }
            }

            return null;
        }

        private bool IsSubject(ActorMention m)
        {
            if (!_deps)
            {
                return false;
            }

            for (int t = m.FirstToken; t < m.EndToken; t++)
            {
                if (_doc.Deprels[t].StartsWith("nsubj", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private int? CounterpartsNounAt(int p)
        {
            if (p + 2 < _doc.TokenCount && _keys[p] == "heads" && _keys[p + 1] == "of" && _keys[p + 2] is "state" or "government")
            {
                return p + 3;
            }

            return p < _doc.TokenCount && _keys[p] is "leaders" or "presidents" ? p + 1 : null;
        }

        private List<string> LastStates(int count, bool peopleFirst)
        {
            var codes = new List<string>();
            int sentence = _mentions.Count == 0 ? 0 : SentenceOf(_mentions[^1].FirstToken);
            for (int x = _mentions.Count - 1; x >= 0 && codes.Count < count; x--)
            {
                var m = _mentions[x];
                if (peopleFirst && (SentenceOf(m.FirstToken) < sentence - 3 || !IsPersonRef(m)))
                {
                    continue;
                }

                if (m.Kind is MentionKind.Location or MentionKind.Coreference || m.Actors.Length > count)
                {
                    continue;
                }

                foreach (var a in m.Actors.Reverse())
                {
                    if (_kb.States.ContainsKey(a.Code) && !codes.Contains(a.Code, StringComparer.Ordinal) && codes.Count < count)
                    {
                        codes.Add(a.Code);
                    }
                }
            }

            codes.Reverse();
            return codes;
        }

        // The latest coordination of exactly `count` states ("Kazakhstan, Kyrgyzstan, and Uzbekistan") in the last
        // sentences, or of their people ("Tokayev and Putin") when the group is of people.
        private List<string>? LastEnumeration(int count, bool people)
        {
            int sentence = _mentions.Count == 0 ? 0 : SentenceOf(_mentions[^1].FirstToken);
            int x = _mentions.Count - 1;
            while (x >= 0 && SentenceOf(_mentions[x].FirstToken) >= sentence - 3)
            {
                var run = new List<string>();
                int y = x;
                // "between Israel and the Palestinians": a people named with its demonym counts as its country.
                while (y >= 0 && (_mentions[y].Kind is MentionKind.Name or MentionKind.Metonym or MentionKind.Adjective || people && _mentions[y].Kind is MentionKind.Person)
                    && _mentions[y].Actors.Length == 1 && _kb.States.ContainsKey(_mentions[y].Actors[0].Code))
                {
                    run.Add(_mentions[y].Actors[0].Code);
                    if (y == 0 || !OnlyConjunctionsBetween(_mentions[y - 1].EndToken, _mentions[y].FirstToken))
                    {
                        break;
                    }

                    y--;
                }

                var distinct = run.Distinct(StringComparer.Ordinal).ToList();
                if (distinct.Count == count && run.Count == count)
                {
                    distinct.Reverse();
                    return distinct;
                }

                x = Math.Min(x, y) - 1;
            }

            return null;
        }

        private bool OnlyConjunctionsBetween(int from, int to)
        {
            if (to <= from || to - from > 3)
            {
                return false;
            }

            // "Israel and the Palestinians": a determiner may open the second conjunct.
            bool conjunction = false;
            for (int t = from; t < to; t++)
            {
                if (_keys[t] is "," or "and" or "or" or "nor")
                {
                    conjunction = true;
                }
                else if (_keys[t] != "the" || t == from)
                {
                    return false;
                }
            }

            return conjunction;
        }

        private bool IsPersonRef(ActorMention m) => m.Kind == MentionKind.Person || m.Actors.Length == 1 && m.Actors[0].Name is { } n && _kb.PersonNames.Contains(n);

        // ---- hyphen compounds ("Russian-backed", "Bishkek-based", "Kyrgyzstan-Russia") -------------------

        private int TryHyphenCompound(int i)
        {
            var form = _doc.Forms[i];
            if (!form.Contains('-', StringComparison.Ordinal) || !StartsUpper(i))
            {
                return i;
            }

            var parts = form.Split('-');
            int offset = _doc.TokenStarts[i];
            var refs = new List<ActorRef>();
            bool based = parts[^1] is "based";
            foreach (var part in parts)
            {
                var entry = _kb.LookupKey(NameKey.Of(part)).Where(e => e.Kind is EntryKind.CountryName or EntryKind.Adjective or EntryKind.Capital or EntryKind.CountryShort or EntryKind.OrganisationShort)
                    .OrderBy(e => Priority(e.Kind)).FirstOrDefault();
                if (entry is not null)
                {
                    string code = entry.Kind == EntryKind.OrganisationShort ? Top(entry.Target) : entry.Target;
                    refs.Add(new ActorRef(code, based ? null : entry.Kind == EntryKind.OrganisationShort ? nameof(Sector.IGO) : nameof(Sector.GOV), _kb.DisplayName(code), part));
                }
            }

            if (refs.Count == 0)
            {
                return i;
            }

            return Emit(i, i + 1, based ? MentionKind.Location : refs.Count > 1 ? MentionKind.Group : MentionKind.Adjective, [.. refs], 0.6, null);
        }

        // "anti-Russian sanctions": the country the phrase is aimed at, which does not act in it.
        private int TryOpposed(int i)
        {
            var form = _doc.Forms[i];
            if (!form.StartsWith("anti-", StringComparison.OrdinalIgnoreCase) || form.Length < 7)
            {
                return i;
            }

            var entry = _kb.LookupKey(NameKey.Of(form[5..])).Where(e => e.Kind is EntryKind.CountryName or EntryKind.Adjective or EntryKind.CountryShort)
                .OrderBy(e => Priority(e.Kind)).FirstOrDefault();
            return entry is null
                ? i
                : Emit(i, i + 1, MentionKind.Location, [Ref(entry.Target, null, _kb.DisplayName(entry.Target), i, i + 1)], 0.7, ActorMention.OpposedRole);
        }

        // ---- context tests ----------

        private bool IsLocation(int i)
        {
            // A dateline: "MOSCOW (Agency) -" or "ASTANA, March 2 -" at the start of a sentence.
            if (SentenceStart(i) == i && _doc.Forms[i].Length > 2 && _doc.Forms[i].All(c => !char.IsLetter(c) || char.IsUpper(c))
                && i + 1 < _doc.TokenCount && _doc.Forms[i + 1] is "(" or "," or "-" or "—" or "–")
            {
                return true;
            }

            if (_deps && _doc.Heads[i] >= 0 || _deps)
            {
                int head = _doc.Heads[i];
                foreach (var c in _doc.Token(i).Children("case"))
                {
                    if (Locatives.Contains(_keys[c.Index]))
                    {
                        return !GovernmentNoun(i);
                    }
                }

                if (_doc.Deprels[i] == "conj" && head >= 0 && head < i && _mentions.Count > 0 && _mentions[^1].Kind == MentionKind.Location && _mentions[^1].HeadToken == head)
                {
                    return true;
                }
            }

            int p = i - 1;
            if (p >= 0 && _keys[p] == "the")
            {
                p--;
            }

            if (p < SentenceStart(i))
            {
                return false;
            }

            if (Locatives.Contains(_keys[p]))
            {
                return !GovernmentNoun(i);
            }

            if (_keys[p] is "to" or "from")
            {
                for (int q = p - 1; q >= Math.Max(SentenceStart(i), p - 4); q--)
                {
                    if (MotionWords.Contains(_keys[q]))
                    {
                        return true;
                    }
                }
            }

            // "in Almaty and Bishkek": a conjunct of a location, whether or not the first place is known.
            if (_keys[p] is "and" or "or" or ",")
            {
                for (int q = p - 1; q >= Math.Max(SentenceStart(i), p - 8); q--)
                {
                    if (Locatives.Contains(_keys[q]))
                    {
                        return !GovernmentNoun(i);
                    }

                    if (!(StartsUpper(q) || _keys[q] is "and" or "," or "the" or "-"))
                    {
                        break;
                    }
                }
            }

            return false;
        }

        // "the government in Tashkent": the capital after a government noun stands for the government.
        private bool GovernmentNoun(int i) => GovernmentBefore(i) is not null;

        private int? GovernmentBefore(int i)
        {
            int p = i - 1;
            if (p >= 1 && _keys[p] == "in" && _keys[p - 1] is "government" or "authorities" or "leadership" or "officials" or "regime")
            {
                return Determiner(p - 1);
            }

            return null;
        }

        private Title TitleBefore(int nameStart)
        {
            // Walk left over capitalised title words ("Kyrgyz President", "Federal Council President", "UN Secretary-General").
            int p = nameStart;
            string? actor = null;
            RoleKind? kind = null;
            var tokens = new List<int>();
            int sentenceStart = SentenceStart(nameStart);
            while (p > sentenceStart)
            {
                bool matched = false;
                for (int len = Math.Min(6, p - sentenceStart); len >= 1 && !matched; len--)
                {
                    int s = p - len;
                    string key = Joined(s, p);
                    if (_kb.RoleWord(key) is { Role: { } rk } && (StartsUpper(s) || len > 1 || _keys[s] is "president"))
                    {
                        kind ??= rk;
                        matched = true;
                    }
                    else if (_kb.Body(key) is { } b && StartsUpper(s))
                    {
                        actor ??= b.Actor;
                        kind = b.ChairRole ?? kind;
                        matched = true;
                    }
                    else if (_kb.LookupKey(key).FirstOrDefault(e => e.Kind is EntryKind.Adjective or EntryKind.OrganisationShort or EntryKind.OrganisationName) is { } e && StartsUpper(s))
                    {
                        actor ??= e.Kind is EntryKind.OrganisationShort or EntryKind.OrganisationName ? Top(e.Target) : e.Target;
                        if (e.Target == "UNSG")
                        {
                            kind ??= RoleKind.SecretaryGeneral;
                        }

                        matched = true;
                    }
                    else if (len == 1 && IsPossessiveMarker(s) && tokens.Count > 0)
                    {
                        matched = true;
                    }

                    if (matched)
                    {
                        for (int t = s; t < p; t++)
                        {
                            tokens.Add(t);
                        }

                        p = s;
                    }
                }

                if (!matched)
                {
                    break;
                }
            }

            if (tokens.Count == 0)
            {
                return default;
            }

            if (p > 0 && _keys[p - 1] == "the")
            {
                tokens.Add(p - 1);
                p--;
            }

            return new Title(p, actor, kind, tokens);
        }

        private readonly record struct Title(int? First, string? Actor, RoleKind? Kind, IReadOnlyCollection<int>? TitleTokens)
        {
            public IReadOnlyCollection<int> Tokens => TitleTokens ?? [];
        }

        /// <summary>The end of a run of proper nouns at <paramref name="p"/> that names no known person, or -1.</summary>
        private int UnknownNameEnd(int p)
        {
            var (e, entries) = MatchName(p, SentenceEnd(p));
            // "Prime Minister Ismail Haniyeh": a known surname as the first name of an unknown person is no known person.
            bool surnameAsFirstName = entries.All(x => x.Kind == EntryKind.Surname) && UnknownNameFollows(e);
            if (e > p && !entries.IsEmpty && !surnameAsFirstName || !_doc.Has(AnnotationLayers.Tags))
            {
                return -1;
            }

            int end = p;
            int last = SentenceEnd(p);
            while (end < last && _doc.Upos[end] == "PROPN" && StartsUpper(end))
            {
                end++;
            }

            return end - p >= 2 ? end : -1;
        }

        private bool UnknownNameFollows(int p) =>
            p < _doc.TokenCount && SentenceOf(p) == SentenceOf(p - 1) && StartsUpper(p) && _keys[p].Length > 1
            && MatchName(p, SentenceEnd(p)).Entries.IsEmpty && _kb.RoleWord(_keys[p]) is null && _kb.Body(_keys[p]) is null
            && (!_doc.Has(AnnotationLayers.Tags) || _doc.Upos[p] == "PROPN");

        private bool NameFollows(int p)
        {
            if (p >= _doc.TokenCount || !StartsUpper(p))
            {
                return false;
            }

            var (e, entries) = MatchName(p, SentenceEnd(p));
            return e > p && entries.Any(x => x.Kind is EntryKind.PersonName or EntryKind.PersonVariant or EntryKind.Surname)
                || _doc.Has(AnnotationLayers.Tags) && _doc.Upos[p] == "PROPN" && p + 1 < _doc.TokenCount && _doc.Upos[p + 1] == "PROPN" && entries.IsEmpty;
        }

        private (int End, RoleWord? Word, bool Plural) RoleWordAt(int p)
        {
            if (p >= _doc.TokenCount || !_phraseStart[p])
            {
                return (p, null, false);
            }

            var (len, word, plural) = LongestPhrase(_owner._roleWords, p, 7);
            return word is null ? (p, null, false) : (p + len, word, plural || word.Plural);
        }

        private (int End, Body? Body) BodyAt(int p)
        {
            if (p >= _doc.TokenCount || !_phraseStart[p])
            {
                return (p, null);
            }

            var (len, body, _) = LongestPhrase(_owner._bodies, p, 6);
            return body is null ? (p, null) : (p + len, body);
        }

        // The longest run of at most `maxTokens` tokens from p (inside the sentence) whose joined key is in the
        // index, or whose key less a final "s" is (Plural); an exact key wins over a plural one of the same length.
        private (int Length, T? Value, bool Plural) LongestPhrase<T>(PrefixIndex<T> index, int p, int maxTokens)
            where T : class
        {
            int limit = Math.Min(maxTokens, SentenceEnd(p) - p);
            var cursor = index.Start;
            var beforeLast = cursor;
            char last = '\0';
            (int Length, T? Value, bool Plural) best = (0, null, false);
            for (int len = 1; len <= limit; len++)
            {
                int t = p + len - 1;
                if (len > 1 && !Glued(t))
                {
                    beforeLast = cursor;
                    cursor = index.Next(cursor, ' ');
                    last = ' ';
                }

                foreach (char c in _keys[t])
                {
                    beforeLast = cursor;
                    cursor = index.Next(cursor, c);
                    last = c;
                }

                if (index.TryGetExact(cursor, out var exact))
                {
                    best = (len, exact, false);
                }
                else if (last == 's' && index.TryGetExact(beforeLast, out var singular))
                {
                    best = (len, singular, true);
                }

                if (cursor.IsEmpty)
                {
                    break;
                }
            }

            return best;
        }

        private (int End, string? Noun) GroupNounAt(int p)
        {
            if (p >= _doc.TokenCount)
            {
                return (p, null);
            }

            if (p + 1 < _doc.TokenCount && GroupNouns.Contains(_keys[p] + " " + _keys[p + 1]))
            {
                return (p + 2, _keys[p] + " " + _keys[p + 1]);
            }

            return GroupNouns.Contains(_keys[p]) ? (p + 1, _keys[p]) : (p, null);
        }

        private int MatchPhrase(int p, int end, ImmutableArray<string> words)
        {
            int j = p;
            if (words.Length > 0 && words[0] != "the" && !_keys[p].AsSpan().StartsWith(words[0].AsSpan(0, Math.Min(words[0].Length, _keys[p].Length)), StringComparison.Ordinal))
            {
                return p;
            }

            foreach (var k in words)
            {
                if (k == "the")
                {
                    if (j < end && _keys[j] == "the")
                    {
                        j++;
                    }

                    continue;
                }

                // Hyphenated words may be split by the tokenizer ("post - Soviet").
                string acc = "";
                int q = j;
                while (q < end && acc.Length < k.Length)
                {
                    acc += _keys[q];
                    q++;
                }

                if (acc != k)
                {
                    return p;
                }

                j = q;
            }

            return j;
        }

        private string Joined(int from, int to)
        {
            var sb = new System.Text.StringBuilder();
            for (int j = from; j < to; j++)
            {
                if (j > from && _doc.TokenStarts[j] > _doc.TokenEnds[j - 1])
                {
                    sb.Append(' ');
                }

                sb.Append(_keys[j]);
            }

            return sb.ToString();
        }

        private int Determiner(int i) => i > 0 && _keys[i - 1] is "the" && SentenceOf(i - 1) == SentenceOf(i) ? i - 1 : i;

        private bool IsDefinite(int i) => i >= 0 && _keys[i] == "the";

        private bool IsPlainAdjective(int i) => _doc.Has(AnnotationLayers.Tags) && _doc.Upos[i] == "ADJ" && !StartsUpper(i);

        /// <summary>"iSrael", "eBay": a capital after the first letter marks a name as a capital before it does.</summary>
        private bool HasInnerCapital(int i) => _doc.Forms[i].AsSpan(1).ContainsAnyInRange('A', 'Z');

        private bool StartsUpper(int i) => _doc.Forms[i].Length > 0 && char.IsUpper(_doc.Forms[i][0]);

        private bool IsHyphenated(int i) => _doc.Forms[i].Contains('-', StringComparison.Ordinal);

        private bool IsPunct(int i)
        {
            foreach (char c in _doc.Forms[i])
            {
                if (!char.IsPunctuation(c) && !char.IsSymbol(c))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsPossessiveMarker(int i) => _doc.Forms[i] is "'s" or "’s" or "'" or "’";

        private bool IsPossessive(int last) =>
            last + 1 < _doc.TokenCount && IsPossessiveMarker(last + 1) || EndsPossessive(_doc.Forms[last]);

        private int SkipPossessive(int p) => p < _doc.TokenCount && IsPossessiveMarker(p) ? p + 1 : p;

        private bool IsSentenceStartCommonWord(int i) => SentenceStart(i) == i && _kb.RoleWord(_keys[i]) is not null;

        private static bool EndsPossessive(string form) => form.EndsWith("'s", StringComparison.Ordinal) || form.EndsWith("’s", StringComparison.Ordinal);

        private static string StripPossessive(string form) => EndsPossessive(form) && form.Length > 2 ? form[..^2] : form;

        private string Top(string code) => _kb.Organisations.ContainsKey(code) ? _kb.TopOrganisation(code) : code;

        private string Slice(int first, int end) => _doc.Text[_doc.TokenStarts[first].._doc.TokenEnds[end - 1]];

        private ActorRef Ref(string code, Sector? sector, string? name, int first, int end) =>
            new(code, sector?.ToString(), name, Slice(first, end));

        private int Emit(int first, int end, MentionKind kind, ImmutableArray<ActorRef> actors, double confidence, string? role, int? antecedent = null) =>
            EmitPlural(first, end, kind, actors, confidence, role, actors.Length > 1, antecedent);

        private int EmitPlural(int first, int end, MentionKind kind, ImmutableArray<ActorRef> actors, double confidence, string? role, bool plural, int? antecedent = null)
        {
            first = Math.Max(0, first);
            for (int t = first; t < end; t++)
            {
                _consumed[t] = true;
            }

            _mentions.Add(new ActorMention
            {
                Range = new CharRange(_doc.TokenStarts[first], _doc.TokenEnds[end - 1]),
                FirstToken = first,
                EndToken = end,
                HeadToken = HeadOf(first, end),
                Actors = actors,
                Kind = kind,
                Role = role,
                Confidence = Math.Round(confidence, 2),
                Antecedent = antecedent,
            });
            _plural.Add(plural);
            return end;
        }

        private int HeadOf(int first, int end)
        {
            if (_deps)
            {
                for (int t = first; t < end; t++)
                {
                    int h = _doc.Heads[t];
                    if (h < first || h >= end)
                    {
                        return t;
                    }
                }
            }

            for (int t = end - 1; t > first; t--)
            {
                if (!IsPunct(t) && !IsPossessiveMarker(t))
                {
                    return t;
                }
            }

            return first;
        }
    }
}
