using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("EntityGraph.Grains.Tests")]
