using System;
using System.Numerics;

namespace LossGen.Generator.Symbolic;

/// <summary>An exact fraction, in lowest terms with a positive denominator: every finite double is one.</summary>
internal readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = divisor.IsOne || divisor.IsZero ? numerator : numerator / divisor;
        Denominator = divisor.IsOne || divisor.IsZero ? denominator : denominator / divisor;
    }

    public static Rational Zero { get; } = new(0, 1);

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public int Sign => Numerator.Sign;

    /// <summary>The exact value of a finite double; null for NaN and infinities.</summary>
    public static Rational? FromDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return null;
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        BigInteger numerator = bits < 0 ? -mantissa : mantissa;
        int shift = exponent - 1075;
        return shift >= 0 ? new Rational(numerator << shift, 1) : new Rational(numerator, BigInteger.One << -shift);
    }

    public static Rational Of(long numerator, long denominator) => new(numerator, denominator);

    public static Rational operator +(Rational a, Rational b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>a / b; null when b is zero.</summary>
    public static Rational? Divide(Rational a, Rational b) =>
        b.Sign == 0 ? null : new Rational(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    public Rational Abs() => Sign < 0 ? -this : this;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => Numerator.GetHashCode() ^ Denominator.GetHashCode();
}
