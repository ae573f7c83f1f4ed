namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks the marker type that C# needs for records and init accessors.
internal static class IsExternalInit;
