using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("EntityGraph.Text.Tests")]
