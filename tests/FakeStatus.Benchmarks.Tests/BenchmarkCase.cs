using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace FakeStatus.Benchmarks.Tests;

/// <summary>One benchmark method of one class, with one value for each of the class's [Params] properties.</summary>
public sealed class BenchmarkCase(Type type, MethodInfo method, IReadOnlyList<(PropertyInfo Property, object? Value)> parameters)
{
    public Type Type { get; } = type;

    public MethodInfo Method { get; } = method;

    public IReadOnlyList<(PropertyInfo Property, object? Value)> Parameters { get; } = parameters;

    /// <summary>Every [Benchmark] method in the benchmark assembly, once per combination of its class's [Params] values.</summary>
    public static IEnumerable<BenchmarkCase> All()
    {
        foreach (Type type in typeof(Program).Assembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            MethodInfo[] methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
                .OrderBy(m => m.Name, StringComparer.Ordinal)
                .ToArray();
            foreach (IReadOnlyList<(PropertyInfo, object?)> combination in Combinations(type))
            {
                foreach (MethodInfo method in methods)
                {
                    yield return new BenchmarkCase(type, method, combination);
                }
            }
        }
    }

    /// <summary>The benchmark's categories, from its method and its class.</summary>
    public IReadOnlyList<string> Categories =>
        [.. (Method.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories ?? []).Concat(Type.GetCustomAttribute<BenchmarkCategoryAttribute>()?.Categories ?? [])];

    /// <summary>
    /// Runs the method once as BenchmarkDotNet would: a fresh instance, its [Params] set, its [GlobalSetup], the call (awaited
    /// when it returns a task), its [GlobalCleanup]. Returns what the method returned, or the task's result.
    /// </summary>
    public async Task<object?> RunOnceAsync()
    {
        object instance = Activator.CreateInstance(Type)!;
        foreach ((PropertyInfo property, object? value) in Parameters)
        {
            property.SetValue(instance, value);
        }

        foreach (MethodInfo setup in Type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is { } a && Applies(a.Targets)))
        {
            setup.Invoke(instance, null);
        }

        try
        {
            object? result = Method.Invoke(instance, null);
            if (result is Task task)
            {
                await task;
                result = task.GetType().GetProperty(nameof(Task<object>.Result))?.GetValue(task);
            }

            return result;
        }
        finally
        {
            InvokeAll<GlobalCleanupAttribute>(instance);
        }
    }

    /// <summary>Whether a setup with these targets runs for this method, as BenchmarkDotNet decides: no targets means all.</summary>
    private bool Applies(string[] targets) => targets.Length == 0 || targets.Contains(Method.Name, StringComparer.Ordinal);

    /// <summary>Invokes every method marked with <typeparamref name="TAttribute"/> on <paramref name="instance"/>.</summary>
    private static void InvokeAll<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (MethodInfo method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }

    public override string ToString() =>
        Type.Name + "." + Method.Name + (Parameters.Count == 0 ? string.Empty : "(" + string.Join(", ", Parameters.Select(p => p.Property.Name + "=" + p.Value)) + ")");

    private static IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> Combinations(Type type)
    {
        IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> combinations = [[]];
        foreach (PropertyInfo property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
        {
            object?[] values = property.GetCustomAttribute<ParamsAttribute>()!.Values;
            combinations = combinations.SelectMany(c => values.Select(v => (IReadOnlyList<(PropertyInfo, object?)>)[.. c, (property, v)])).ToArray();
        }

        return combinations;
    }
}
