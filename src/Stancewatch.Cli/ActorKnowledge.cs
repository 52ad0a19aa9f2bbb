using Stancewatch.Knowledge.Actors;
using Stancewatch.Knowledge.Phoenix;

namespace Stancewatch.Cli;

/// <summary>
/// Loads the actor knowledge base for the CLI: data/actors from the repository (or --kb), widened with the Phoenix
/// dictionaries from ../shared/dictionaries (or STANCEWATCH_SHARED) when they are present.
/// </summary>
public static class ActorKnowledge
{
    /// <summary>Loads the registry; <paramref name="phoenixUsed"/> says whether the Phoenix import was found.</summary>
    /// <exception cref="KnowledgeLoadException">A data file is malformed or missing.</exception>
    /// <exception cref="DirectoryNotFoundException">No data/actors directory was found.</exception>
    public static ActorRegistry Load(DirectoryInfo? given, bool usePhoenix, out bool phoenixUsed)
    {
        string dir = DataDirectory(given);
        PhoenixImport? phoenix = null;
        phoenixUsed = false;
        if (usePhoenix && PhoenixDirectory(dir) is { } p)
        {
            phoenix = new PhoenixDictionaryReader().Read(p);
            phoenixUsed = true;
        }

        return new ActorRegistryLoader().Load(dir, phoenix);
    }

    /// <summary>
    /// The curated knowledge base widened only with the agent words of Phoenix.agents.txt ("rebels" → REB, "police" →
    /// COP, "militants" → UAF) and the non-state groups of Phoenix.MilNonState.actors.txt ("Hezbollah" → LBN REB) when
    /// ../shared is present: without Phoenix's dated people and name spellings. What analyze, code and eval events use.
    /// </summary>
    /// <exception cref="KnowledgeLoadException">A data file is malformed or missing.</exception>
    /// <exception cref="DirectoryNotFoundException">No data/actors directory was found.</exception>
    public static ActorRegistry LoadWithAgents(DirectoryInfo? given)
    {
        string dir = DataDirectory(given);
        PhoenixImport? agents = null;
        if (PhoenixDirectory(dir) is { } p)
        {
            var reader = new PhoenixDictionaryReader();
            agents = new PhoenixImport([], [], reader.ReadAgents(Path.Combine(p, "Phoenix.agents.txt")))
            {
                Groups = reader.ReadGroups(Path.Combine(p, "Phoenix.MilNonState.actors.txt")),
            };
        }

        return new ActorRegistryLoader().Load(dir, agents);
    }

    /// <summary>The given directory, or data/actors in the current directory or above the executable.</summary>
    public static string DataDirectory(DirectoryInfo? given)
    {
        if (given != null)
        {
            return given.Exists ? given.FullName : throw new DirectoryNotFoundException($"{given.FullName}: knowledge-base directory not found");
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "data", "actors");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("no data/actors directory found in the current directory or above the executable (pass --kb)");
    }

    private static string? PhoenixDirectory(string dataDir)
    {
        string? env = Environment.GetEnvironmentVariable("STANCEWATCH_SHARED");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(env))
        {
            candidates.Add(Path.Combine(env, "dictionaries"));
        }

        // data/actors → repository → ../shared
        candidates.Add(Path.GetFullPath(Path.Combine(dataDir, "..", "..", "..", "shared", "dictionaries")));
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "Phoenix.Countries.actors.txt")));
    }
}
