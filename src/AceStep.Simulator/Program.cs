using AceStep.Simulator;

var options = new SimulatorOptions { Port = 8001 };
await using SimulatorServer server = await SimulatorServer.StartAsync(options);
Console.Out.WriteLine($"ACE-Step simulator listening on {server.BaseAddress.ToString().TrimEnd('/')}");
Console.Out.Flush();
await Task.Delay(Timeout.Infinite);
