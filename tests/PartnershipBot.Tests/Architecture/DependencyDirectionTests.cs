using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PartnershipBot.Hosting;
using PartnershipBot.Tests.Support;

namespace PartnershipBot.Tests.Architecture;

/// <summary>
/// The host's folders depend one way (docs/architecture.md draws it): Data (the database) at the bottom; Turns (a
/// turn and its commit) on it; the features Partnerships and then Reminders on Turns; Channels and Dashboard on
/// the features; Hosting on everything; Telemetry and Texts (the host's .resx texts) used by all and using none. Checked twice: by reflection over the
/// compiled types (base types, interfaces, fields, properties, constructor and method signatures, local variables,
/// so also what closures and async methods hold), and over the sources' using directives and qualified names
/// (which also see constants and static calls).
/// </summary>
public sealed partial class DependencyDirectionTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Telemetry"] = [],
        ["Texts"] = [],
        ["Data"] = ["Telemetry", "Texts"],
        ["Turns"] = ["Data", "Telemetry", "Texts"],
        ["Partnerships"] = ["Turns", "Data", "Telemetry", "Texts"],
        ["Reminders"] = ["Partnerships", "Turns", "Data", "Telemetry", "Texts"],
        ["Documents"] = ["Approvals", "Reminders", "Partnerships", "Turns", "Data", "Telemetry", "Texts"],
        ["Safety"] = ["Partnerships", "Turns", "Data", "Telemetry", "Texts"],
        ["Approvals"] = ["Reminders", "Partnerships", "Turns", "Data", "Telemetry", "Texts"],
        ["Channels"] = ["Documents", "Approvals", "Safety", "Reminders", "Partnerships", "Turns", "Data", "Telemetry", "Texts"],
        ["Dashboard"] = ["Documents", "Approvals", "Safety", "Reminders", "Partnerships", "Turns", "Data", "Telemetry", "Texts"],
        ["Hosting"] = ["Channels", "Dashboard", "Documents", "Approvals", "Safety", "Reminders", "Partnerships", "Turns", "Data", "Telemetry", "Texts"],
    };

    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void CompiledTypes_DependOnOtherFolders_OnlyDownward()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(BotHost).Assembly.GetTypes())
        {
            if (Area(type) is not { } from)
            {
                continue;
            }

            foreach (var (used, how) in Uses(type))
            {
                if (Area(used) is { } to && !May(from, to, Sub(type), Sub(used)))
                {
                    violations.Add($"{Name(type)} -> {Name(used)} ({how})");
                }
            }
        }

        Assert.True(violations.Count == 0, "Dependencies against the direction:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void SourceFiles_UseOtherFolders_OnlyDownward()
    {
        var violations = new List<string>();
        foreach (var file in BotSources())
        {
            var relative = System.IO.Path.GetRelativePath(RepoFiles.Path("bot"), file).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Length < 2 || !Allowed.ContainsKey(parts[0]) || relative.StartsWith("Data/Migrations/", StringComparison.Ordinal))
            {
                // Generated migrations name entity types in strings (the model snapshot), not as references; the
                // compiled check above still covers them.
                continue;
            }

            var from = parts[0];
            var fromSub = from == "Channels" && parts.Length > 2 ? parts[1] : null;
            var text = File.ReadAllText(file);
            if (NamespaceDeclaration().Match(text) is { Success: true } declared && declared.Groups["area"].Value != from)
            {
                violations.Add($"{relative}: declares namespace PartnershipBot.{declared.Groups["area"].Value}, not PartnershipBot.{from}");
            }

            foreach (Match m in QualifiedName().Matches(text))
            {
                var to = m.Groups["area"].Value;
                var toSub = m.Groups["sub"].Success ? m.Groups["sub"].Value : null;
                if (Allowed.ContainsKey(to) && !May(from, to, fromSub, toSub))
                {
                    violations.Add($"{relative}: {m.Value}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Dependencies against the direction:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void SourceFiles_AreFound()
    {
        // Guards the source check against passing because it read nothing.
        Assert.Contains(BotSources(), f => f.EndsWith("TurnProcessor.cs", StringComparison.Ordinal));
    }

    // One channel does not reach into another (Teams into Slack): each owns its protocol.
    private static bool May(string from, string to, string? fromSub, string? toSub) =>
        from == to
            ? from != "Channels" || fromSub is null || toSub is null || fromSub == toSub
            : Allowed[from].Contains(to);

    private static IEnumerable<string> BotSources() =>
        Directory.EnumerateFiles(RepoFiles.Path("bot"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string? Area(Type type)
    {
        var parts = (Outermost(type).Namespace ?? "").Split('.');
        return parts.Length >= 2 && parts[0] == "PartnershipBot" && Allowed.ContainsKey(parts[1]) ? parts[1] : null;
    }

    private static string? Sub(Type type)
    {
        var parts = (Outermost(type).Namespace ?? "").Split('.');
        return parts.Length >= 3 && parts[1] == "Channels" ? parts[2] : null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Name(Type type) => $"{Outermost(type).Namespace}.{type.Name}";

    private static IEnumerable<(Type Used, string How)> Uses(Type type)
    {
        var found = new List<(Type, string)>();
        void Add(Type? t, string how)
        {
            foreach (var each in Expand(t))
            {
                found.Add((each, how));
            }
        }

        Add(type.BaseType, "base type");
        foreach (var i in type.GetInterfaces())
        {
            Add(i, "interface");
        }

        foreach (var field in type.GetFields(Everything))
        {
            // Closures and async state machines keep their captured values and locals in fields.
            Add(field.FieldType, type.IsDefined(typeof(CompilerGeneratedAttribute)) ? "captured or local" : $"field {field.Name}");
        }

        foreach (var property in type.GetProperties(Everything))
        {
            Add(property.PropertyType, $"property {property.Name}");
        }

        foreach (var method in type.GetConstructors(Everything).Cast<MethodBase>().Concat(type.GetMethods(Everything)))
        {
            var label = method.IsConstructor ? "constructor" : $"method {method.Name}";
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, $"{label} parameter {parameter.Name}");
            }

            if (method is MethodInfo info)
            {
                Add(info.ReturnType, $"{label} return");
            }

            foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
            {
                Add(local.LocalType, $"{label} local");
            }
        }

        return found;
    }

    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()))
            {
                yield return inner;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                foreach (var inner in Expand(argument))
                {
                    yield return inner;
                }
            }
        }
    }

    [GeneratedRegex(@"^namespace PartnershipBot\.(?<area>\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    // "using PartnershipBot.Data;", "PartnershipBot.Channels.Teams.X" and the like.
    [GeneratedRegex(@"\bPartnershipBot\.(?<area>Channels|Dashboard|Documents|Approvals|Hosting|Reminders|Partnerships|Turns|Data|Telemetry|Texts)\b(\.(?<sub>[A-Z]\w*))?")]
    private static partial Regex QualifiedName();
}
