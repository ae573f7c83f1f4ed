using System.Collections.Generic;
using System.Linq;
using LossGen.Generator.Model;

namespace LossGen.Generator.Emit;

/// <summary>
/// The names of the derivatives a loss reports, as C# out-parameters (dL_dp, d2L_dydp) and in math notation for the
/// docs (dL/dp, d2L/dy dp). The Hessian is listed as its upper triangle, row by row, like
/// <see cref="Symbolic.LossDerivatives.Hessian"/>.
/// </summary>
internal sealed class OutputNames
{
    /// <param name="variables">The differentiation variables.</param>
    /// <param name="taken">Names the outputs must not take (the loss's parameters): a clash gets an underscore appended.</param>
    public OutputNames(IReadOnlyList<DifferentiationVariable> variables, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken);
        string Free(string name)
        {
            while (!used.Add(name))
            {
                name += "_";
            }

            return name;
        }

        Gradient = variables.Select(v => new OutputName(Free($"dL_d{v.Name}"), $"dL/d{v.Name}")).ToList();
        var hessian = new List<OutputName>();
        for (int i = 0; i < variables.Count; i++)
        {
            for (int j = i; j < variables.Count; j++)
            {
                string a = variables[i].Name, b = variables[j].Name;
                hessian.Add(i == j
                    ? new OutputName(Free($"d2L_d{a}2"), $"d2L/d{a}2")
                    : new OutputName(Free($"d2L_d{a}d{b}"), $"d2L/d{a} d{b}"));
            }
        }

        Hessian = hessian;
    }

    public IReadOnlyList<OutputName> Gradient { get; }

    public IReadOnlyList<OutputName> Hessian { get; }
}

/// <summary>One derivative's parameter name and its label in the docs.</summary>
internal sealed record OutputName(string Parameter, string Label);
