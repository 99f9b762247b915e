namespace AceStep.Cli.Errors;

/// <summary>What to tell someone whose server does not answer (the skill's "If health check fails").</summary>
internal static class HealthAdvice
{
    public const string StartServer =
        "Is ACE-Step installed and running? It listens on port 8001 by default.\n" +
        "- Installed but stopped: start the ACE-Step 1.5 API server (set ACESTEP_API_KEY there to require a key).\n" +
        "- Not installed: see the ACE-Step 1.5 documentation (acestep-docs skill) for installation.\n" +
        "- Another address: acestep config --set api_url http://HOST:PORT\n" +
        "- Offline testing: dotnet run --project src/AceStep.Simulator -- --port 8001";

    public const string WrongServer =
        "ACE-Step listens on port 8001 by default; is the address's port or path another program's?\n" +
        "- Name the server for one command: --api-url http://HOST:8001\n" +
        "- Or store it: acestep config --set api_url http://HOST:8001";
}
