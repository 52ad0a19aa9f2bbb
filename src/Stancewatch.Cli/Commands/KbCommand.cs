using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Stancewatch.Knowledge.Actors;

namespace Stancewatch.Cli.Commands;

/// <summary><c>stancewatch kb search|show|check</c>: look the actor knowledge base up and validate its files.</summary>
public static class KbCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Terminal terminal)
    {
        var command = new Command("kb", "Look up and validate the actor knowledge base (data/actors).\nExample: stancewatch kb search Japarov --date 2022-03-01");
        command.Subcommands.Add(Search(terminal));
        command.Subcommands.Add(Show(terminal));
        command.Subcommands.Add(Check(terminal));
        return command;
    }

    private static Option<DirectoryInfo?> KbOption() => new("--kb") { Description = "Knowledge-base directory (default: the repository's data/actors)." };

    private static Option<bool> NoPhoenixOption() => new("--no-phoenix") { Description = "Do not widen the knowledge base with the Phoenix dictionaries of ../shared." };

    private static Command Search(Terminal terminal)
    {
        var name = new Argument<string>("name") { Description = "A name, spelling variant, adjective, capital or part of one." };
        var date = new Option<string?>("--date") { Description = "Show the roles held on this date (YYYY-MM-DD)." };
        var kb = KbOption();
        var noPhoenix = NoPhoenixOption();
        var command = new Command("search", "Find actors by name.\nExample: stancewatch kb search Zhaparov --date 2022-02-26");
        command.Arguments.Add(name);
        command.Options.Add(date);
        command.Options.Add(kb);
        command.Options.Add(noPhoenix);
        command.SetAction(r =>
        {
            if (!TryDate(terminal, r.GetValue(date), out var d))
            {
                return ExitCodes.Usage;
            }

            var registry = ActorKnowledge.Load(r.GetValue(kb), !r.GetValue(noPhoenix), out _);
            var table = new Table().AddColumns("name", "kind", "actor", "sector", d is null ? "roles" : "role at " + d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var e in registry.Search(r.GetValue(name)!).Take(60))
            {
                string roles = "";
                string actor = e.Target;
                if (registry.People.TryGetValue(e.Target, out var p))
                {
                    var list = d is { } day ? p.RolesAt(day).ToList() : [.. p.Roles];
                    roles = string.Join("; ", list.Select(x => $"{x.Actor} {x.Title} {x.Dates}"));
                    actor = p.Name;
                }
                else if (registry.Media.TryGetValue(e.Target, out var m))
                {
                    actor = $"{m.Name} ({m.Actor})";
                }

                table.AddRow(Markup.Escape(e.Text), e.Kind.ToString(), Markup.Escape(actor), e.Sector.ToString(), Markup.Escape(roles));
            }

            terminal.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(Terminal terminal)
    {
        var code = new Argument<string>("code") { Description = "ISO alpha-3 code, organisation code, person id or medium id." };
        var kb = KbOption();
        var noPhoenix = NoPhoenixOption();
        var command = new Command("show", "Show everything the knowledge base holds for one code.\nExample: stancewatch kb show KGZ");
        command.Arguments.Add(code);
        command.Options.Add(kb);
        command.Options.Add(noPhoenix);
        command.SetAction(r =>
        {
            var registry = ActorKnowledge.Load(r.GetValue(kb), !r.GetValue(noPhoenix), out _);
            string c = r.GetValue(code)!;
            var o = terminal.Out;
            if (registry.States.TryGetValue(c, out var s))
            {
                o.WriteLine($"{s.Code}  {s.Name}  ({s.Status})  {s.Source}");
                o.WriteLine("names: " + string.Join(", ", s.Names.Concat(s.ShortForms)));
                o.WriteLine("adjectives: " + string.Join(", ", s.Adjectives) + "; demonyms: " + string.Join(", ", s.Demonyms));
                o.WriteLine("capitals: " + string.Join(", ", s.Capitals) + "; seats: " + string.Join(", ", s.Seats.Select(x => $"{x.Name} ({x.Sector})")));
                if (!s.FormerNames.IsEmpty)
                {
                    o.WriteLine("former names: " + string.Join(", ", s.FormerNames));
                }
            }
            else if (registry.Organisations.TryGetValue(c, out var g))
            {
                o.WriteLine($"{g.Code}  {g.Name}  {g.Source}" + (g.Parent is null ? "" : $"  (part of {g.Parent})"));
                o.WriteLine("names: " + string.Join(", ", g.Names.Concat(g.ShortForms)));
                o.WriteLine("members: " + string.Join(", ", g.Members.Select(m => m.Dates == default ? m.Member : $"{m.Member} {m.Dates}")));
            }
            else if (registry.Media.TryGetValue(c, out var m))
            {
                o.WriteLine($"{m.Id}  {m.Name}  voice of {m.Actor} (MED)  {m.Source}");
                o.WriteLine("names: " + string.Join(", ", m.Names));
            }
            else if (registry.People.TryGetValue(c, out var p))
            {
                o.WriteLine($"{p.Id}  {p.Name}  {p.Source}");
                o.WriteLine("variants: " + string.Join(", ", p.Variants));
            }
            else
            {
                terminal.Problem(c, "no state, organisation, medium or person with this code");
                return ExitCodes.InputFailed;
            }

            var roles = registry.People.Values.SelectMany(p => p.Roles).Where(x => x.Actor == c || x.PersonId == c).Where(x => !x.PersonId.StartsWith("phx:", StringComparison.Ordinal) || x.PersonId == c)
                .OrderBy(x => x.Kind).ThenBy(x => x.Dates.From).ToList();
            if (roles.Count > 0)
            {
                var table = new Table().AddColumns("role", "title", "person", "actor", "sector", "dates", "source");
                foreach (var x in roles)
                {
                    table.AddRow(x.Kind.ToString(), Markup.Escape(x.Title), Markup.Escape(registry.People[x.PersonId].Name), x.Actor, x.Sector.ToString(), x.Dates.ToString(), Markup.Escape(x.Source + (x.Note is null ? "" : " (" + x.Note + ")")));
                }

                o.Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(Terminal terminal)
    {
        var kb = KbOption();
        var command = new Command("check", "Validate the knowledge-base files: malformed records (file:line: field), duplicate names, overlapping roles, missing sources.\nExample: stancewatch kb check");
        command.Options.Add(kb);
        command.SetAction(r =>
        {
            ActorRegistry registry;
            try
            {
                registry = ActorKnowledge.Load(r.GetValue(kb), usePhoenix: false, out _);
            }
            catch (KnowledgeLoadException e)
            {
                terminal.Problem("kb", e.Message);
                return ExitCodes.InputFailed;
            }

            var issues = new ActorRegistryChecker().Check(registry);
            foreach (var i in issues)
            {
                terminal.Out.WriteLine($"{i.Kind}: {i.Message}");
            }

            terminal.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{registry.States.Count} states, {registry.Organisations.Count} organisations, {registry.People.Count} people ({registry.People.Values.Sum(p => p.Roles.Length)} roles), {registry.Media.Count} media, {registry.Groups.Length} groups: {issues.Length} issue(s)"));
            return issues.Length == 0 ? ExitCodes.Success : ExitCodes.InputFailed;
        });
        return command;
    }

    internal static bool TryDate(Terminal terminal, string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        terminal.Problem("--date", $"'{text}' is not a date (expected YYYY-MM-DD)");
        return false;
    }
}
