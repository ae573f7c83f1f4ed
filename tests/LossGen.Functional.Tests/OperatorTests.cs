using System;
using System.Linq;
using CsCheck;
using LossGen.Tests.Shared;

namespace LossGen.Functional.Tests;

/// <summary>
/// Every operator and function, through the emitted code: derivatives against central finite differences in double,
/// float against double, and the fused methods against the separate ones.
/// </summary>
public class OperatorTests
{
    /// <summary>Float results against double ones: |f - d| &lt;= 2e-5 (1 + |d|), a few float ulps through a short chain.</summary>
    private const double FloatTolerance = 2e-5;

    private static OperatorCase Case(string name) => OperatorCases.All.Single(c => c.Name == name);

    private static GeneratedMembers<double> Double(string name) => new(typeof(OperatorLosses), name);

    private static GeneratedMembers<float> Float(string name) => new(typeof(OperatorLosses), name + "F");

    // Points at least `margin` from every kink, so a finite-difference stencil never straddles one.
    private static Gen<double> Points(OperatorCase c, double margin) =>
        Gen.Double[c.From, c.To].Where(p => c.Kinks.All(k => Math.Abs(p - k) > margin));

    [Theory]
    [MemberData(nameof(OperatorCases.Names), MemberType = typeof(OperatorCases))]
    public void First_and_second_derivatives_agree_with_finite_differences(string name)
    {
        GeneratedMembers<double> loss = Double(name);

        Points(Case(name), 1e-3).Sample(p =>
        {
            FiniteDifference.AssertAgrees(loss.Gradient(p), loss.Value, p, $"{name}Gradient");
            FiniteDifference.AssertAgrees(loss.Hessian(p), loss.Gradient, p, $"{name}Hessian");
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(OperatorCases.Names), MemberType = typeof(OperatorCases))]
    public void Float_code_agrees_with_double_code(string name)
    {
        GeneratedMembers<double> d = Double(name);
        GeneratedMembers<float> f = Float(name);

        // Float inputs are exactly representable in double, so both compute the same function at the same point.
        Points(Case(name), 1e-2).Select(p => (double)(float)p).Sample(p =>
        {
            float x = (float)p;
            AssertClose(d.Value(p), f.Value(x), name);
            AssertClose(d.Gradient(p), f.Gradient(x), name + "Gradient");
            AssertClose(d.Hessian(p), f.Hessian(x), name + "Hessian");
        }, iter: 300);
    }

    [Theory]
    [MemberData(nameof(OperatorCases.Names), MemberType = typeof(OperatorCases))]
    public void Fused_methods_return_exactly_what_the_separate_methods_return(string name)
    {
        GeneratedMembers<double> loss = Double(name);

        Gen.Double[Case(name).From, Case(name).To].Sample(p =>
        {
            (double value, double gradient) = loss.WithGradient(p);
            (double value2, double gradient2, double hessian) = loss.WithGradientAndHessian(p);
            Assert.Equal(loss.Value(p), value);
            Assert.Equal(loss.Value(p), value2);
            Assert.Equal(loss.Gradient(p), gradient);
            Assert.Equal(loss.Gradient(p), gradient2);
            Assert.Equal(loss.Hessian(p), hessian);
        }, iter: 100);
    }

    [Theory]
    [MemberData(nameof(OperatorCases.Names), MemberType = typeof(OperatorCases))]
    public void NaN_in_gives_NaN_out(string name)
    {
        GeneratedMembers<double> loss = Double(name);

        Assert.True(double.IsNaN(loss.Value(double.NaN)), $"{name}(NaN) = {loss.Value(double.NaN)}");
    }

    private static void AssertClose(double expected, float actual, string what)
    {
        if (!(Math.Abs(expected - actual) <= FloatTolerance * (1 + Math.Abs(expected))))
        {
            throw new Xunit.Sdk.XunitException($"{what}: float {actual:R}, double {expected:R}");
        }
    }
}
