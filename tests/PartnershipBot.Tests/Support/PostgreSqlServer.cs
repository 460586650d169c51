using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PartnershipBot.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the tests, started from the Debian `postgresql` binaries in a temp folder (data,
/// unix socket and log), listening on a free loopback port, and removed afterwards. PostgreSQL refuses to run as
/// root, so when the tests run as root the server runs as the unprivileged user `nobody` (runuser). One server
/// per test run (the collection fixture); every <see cref="CreateDatabase"/> is a fresh, empty database.
/// </summary>
public sealed class PostgreSqlServer : IDisposable
{
    private const string RunAsUser = "nobody";
    private readonly string bin;
    private readonly string data;
    private int databases;

    public PostgreSqlServer()
    {
        bin = FindBinaries();
        Folder = Path.Combine(Path.GetTempPath(), "pbot-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The PostgreSQL fixture runs on Linux (Debian's postgresql package).");
        }

        // Open to the unprivileged server user, which creates the data folder and the socket in here.
        File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
        data = Path.Combine(Folder, "data");
        Port = FreePort();
        Run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        Start();
    }

    public string Folder { get; }

    public int Port { get; }

    /// <summary>The maintenance database, for creating and dropping test databases.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Timeout=5;Command Timeout=30";

    /// <summary>A fresh empty database on this server; disposing the result drops it.</summary>
    public TempDatabase CreateDatabase()
    {
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        Execute($"CREATE DATABASE \"{name}\"");
        return TempDatabase.OnPostgreSql(this, name);
    }

    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Stops the server at once (open connections break), as a crash or an outage would.</summary>
    public void Stop() => Run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");

    public void Start() => Run("pg_ctl", "-D", data, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60", "start",
        "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=400");

    public void Dispose()
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            Run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder goes all the same.
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: ./test.sh installs it (apt-get install -y postgresql), or install it yourself.");
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string tool, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(bin, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Folder,
        };
        if (asRoot)
        {
            foreach (var a in new[] { "-u", RunAsUser, "--", Path.Combine(bin, tool) })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{tool} timed out.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }
}

/// <summary>Test classes that need the shared PostgreSQL server join this collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
