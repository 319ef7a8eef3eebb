using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FakeStatus.Reliability.Tests.Architecture;

/// <summary>One top-level type of the assembly using another, with the first place in code that shows it.</summary>
/// <param name="From">The using type's full name.</param>
/// <param name="To">The used type's full name.</param>
/// <param name="Why">Where the use is, such as <c>field fault</c> or <c>Send(): calls Exchange.Finish</c>.</param>
/// <param name="More">How many other places show the same use.</param>
internal sealed record TypeDependency(string From, string To, string Why, int More);

/// <summary>
/// Every type a top-level type of an assembly refers to from its code (base type, interfaces, generic constraints,
/// fields, properties, events, method signatures, attributes, local variables, caught exceptions, and every type, method
/// and field an IL instruction names), restricted to types of the same assembly. Comments never reach the assembly, and
/// strings (including <c>nameof</c>) are not type references, so neither counts. Nested types, including the ones the
/// compiler generates for lambdas, iterators and async methods, count as their outermost type.
/// </summary>
internal static class TypeDependencies
{
    /// <summary>Reads the assembly and returns its top-level types with the types each one uses.</summary>
    public static (IReadOnlyList<TypeDefinition> Types, IReadOnlyList<TypeDependency> Dependencies) Read(ModuleDefinition module)
    {
        var edges = new Dictionary<(string From, string To), (string Why, int Count)>();
        var types = module.Types.Where(type => type.Name != "<Module>").ToList();
        foreach (TypeDefinition type in types)
        {
            var walker = new Walker(module, type, edges);
            walker.WalkType(type);
        }

        var dependencies = edges
            .Select(pair => new TypeDependency(pair.Key.From, pair.Key.To, pair.Value.Why, pair.Value.Count - 1))
            .OrderBy(dependency => dependency.From, StringComparer.Ordinal)
            .ThenBy(dependency => dependency.To, StringComparer.Ordinal)
            .ToList();
        return (types, dependencies);
    }

    /// <summary>True for a type the compiler wrote rather than the source (embedded attributes, private details).</summary>
    public static bool IsCompilerGenerated(TypeDefinition type) =>
        type.Name.StartsWith('<')
        || type.CustomAttributes.Any(attribute => attribute.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerGeneratedAttribute");

    private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);

    private sealed class Walker(ModuleDefinition module, TypeDefinition root, Dictionary<(string From, string To), (string Why, int Count)> edges)
    {
        public void WalkType(TypeDefinition type)
        {
            if (type.BaseType is not null)
            {
                Use(type.BaseType, "base type");
            }

            foreach (InterfaceImplementation implemented in type.Interfaces)
            {
                Use(implemented.InterfaceType, "interface");
            }

            WalkGenericParameters(type, "type parameter constraint");
            WalkAttributes(type, "attribute");
            foreach (FieldDefinition field in type.Fields)
            {
                Use(field.FieldType, $"field {field.Name}");
                WalkAttributes(field, $"field {field.Name} attribute");
            }

            foreach (PropertyDefinition property in type.Properties)
            {
                Use(property.PropertyType, $"property {property.Name}");
                WalkAttributes(property, $"property {property.Name} attribute");
            }

            foreach (EventDefinition declared in type.Events)
            {
                Use(declared.EventType, $"event {declared.Name}");
            }

            foreach (MethodDefinition method in type.Methods)
            {
                WalkMethod(method);
            }

            foreach (TypeDefinition nested in type.NestedTypes)
            {
                WalkType(nested);
            }
        }

        private void WalkMethod(MethodDefinition method)
        {
            string name = MemberName(method) + "()";
            Use(method.ReturnType, $"{name}: returns");
            foreach (ParameterDefinition parameter in method.Parameters)
            {
                Use(parameter.ParameterType, $"{name}: parameter {parameter.Name}");
                WalkAttributes(parameter, $"{name}: parameter {parameter.Name} attribute");
            }

            foreach (MethodReference overridden in method.Overrides)
            {
                UseMethod(overridden, $"{name}: implements");
            }

            WalkGenericParameters(method, $"{name}: type parameter constraint");
            WalkAttributes(method, $"{name}: attribute");
            WalkAttributes(method.MethodReturnType, $"{name}: return attribute");
            if (!method.HasBody)
            {
                return;
            }

            foreach (VariableDefinition variable in method.Body.Variables)
            {
                Use(variable.VariableType, $"{name}: local");
            }

            foreach (ExceptionHandler handler in method.Body.ExceptionHandlers)
            {
                if (handler.CatchType is not null)
                {
                    Use(handler.CatchType, $"{name}: catches");
                }
            }

            foreach (Instruction instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case MethodReference called:
                        UseMethod(called, $"{name}: {Verb(instruction.OpCode)} {Describe(called.DeclaringType)}.{called.Name}");
                        break;
                    case FieldReference field:
                        Use(field.DeclaringType, $"{name}: uses field {Describe(field.DeclaringType)}.{field.Name}");
                        Use(field.FieldType, $"{name}: uses field {Describe(field.DeclaringType)}.{field.Name}");
                        break;
                    case TypeReference used:
                        Use(used, $"{name}: {instruction.OpCode.Name} {Describe(used)}");
                        break;
                    case CallSite site:
                        Use(site.ReturnType, $"{name}: indirect call");
                        foreach (ParameterDefinition parameter in site.Parameters)
                        {
                            Use(parameter.ParameterType, $"{name}: indirect call");
                        }

                        break;
                }
            }
        }

        private void UseMethod(MethodReference method, string why)
        {
            Use(method.DeclaringType, why);
            Use(method.ReturnType, why);
            foreach (ParameterDefinition parameter in method.Parameters)
            {
                Use(parameter.ParameterType, why);
            }

            if (method is GenericInstanceMethod generic)
            {
                foreach (TypeReference argument in generic.GenericArguments)
                {
                    Use(argument, why);
                }
            }
        }

        private void WalkGenericParameters(IGenericParameterProvider provider, string why)
        {
            foreach (GenericParameter parameter in provider.GenericParameters)
            {
                foreach (GenericParameterConstraint constraint in parameter.Constraints)
                {
                    Use(constraint.ConstraintType, why);
                }
            }
        }

        private void WalkAttributes(ICustomAttributeProvider provider, string why)
        {
            foreach (CustomAttribute attribute in provider.CustomAttributes)
            {
                Use(attribute.AttributeType, why);
                foreach (CustomAttributeArgument argument in attribute.ConstructorArguments)
                {
                    UseArgument(argument, why);
                }

                foreach (Mono.Cecil.CustomAttributeNamedArgument named in attribute.Fields.Concat(attribute.Properties))
                {
                    UseArgument(named.Argument, why);
                }
            }
        }

        private void UseArgument(CustomAttributeArgument argument, string why)
        {
            Use(argument.Type, why);
            if (argument.Value is TypeReference typeOf)
            {
                Use(typeOf, why);
            }
        }

        private void Use(TypeReference? type, string why)
        {
            switch (type)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Use(generic.ElementType, why);
                    foreach (TypeReference argument in generic.GenericArguments)
                    {
                        Use(argument, why);
                    }

                    return;
                case IModifierType modified:
                    Use(modified.ModifierType, why);
                    Use(((TypeSpecification)type).ElementType, why);
                    return;
                case FunctionPointerType pointer:
                    Use(pointer.ReturnType, why);
                    foreach (ParameterDefinition parameter in pointer.Parameters)
                    {
                        Use(parameter.ParameterType, why);
                    }

                    return;
                case TypeSpecification specification:
                    Use(specification.ElementType, why);
                    return;
            }

            TypeDefinition? definition = type as TypeDefinition ?? (type.Scope == module ? type.Resolve() : null);
            if (definition is null || definition.Module != module)
            {
                return;
            }

            TypeDefinition target = Outermost(definition);
            if (target == root || IsCompilerGenerated(target))
            {
                return;
            }

            var key = (root.FullName, target.FullName);
            edges[key] = edges.TryGetValue(key, out var seen) ? (seen.Why, seen.Count + 1) : (why, 1);
        }

        private static string Verb(OpCode code) =>
            code.Code switch
            {
                Code.Newobj => "creates",
                Code.Ldftn or Code.Ldvirtftn => "takes",
                Code.Ldtoken => "names",
                _ => "calls",
            };

        private static string Describe(TypeReference type) => Outermost(type).Name.Split('`')[0];

        private static TypeReference Outermost(TypeReference type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);

        // A method the compiler generated for a lambda, an iterator or an async method is named after the source method
        // it came from ("<SendAsync>b__0", "<SendAsync>d__5.MoveNext"); the reason names that source method.
        private static string MemberName(MethodDefinition method)
        {
            string? fromMethod = Inner(method.Name);
            if (fromMethod is not null)
            {
                return fromMethod;
            }

            for (TypeDefinition? type = method.DeclaringType; type is not null && type != Outermost(type); type = type.DeclaringType)
            {
                string? fromType = Inner(type.Name);
                if (fromType is not null)
                {
                    return fromType;
                }
            }

            return method.Name switch
            {
                ".ctor" => "constructor",
                ".cctor" => "static constructor",
                _ => method.Name,
            };
        }

        private static string? Inner(string name)
        {
            int close = name.IndexOf('>', StringComparison.Ordinal);
            return name.StartsWith('<') && close > 1 ? name[1..close] : null;
        }

        private static TypeDefinition Outermost(TypeDefinition type) => type.DeclaringType is null ? type : Outermost(type.DeclaringType);
    }
}
