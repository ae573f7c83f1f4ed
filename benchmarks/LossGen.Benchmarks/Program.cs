using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/LossGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new LossGen.Benchmarks.BenchmarkConfig());
