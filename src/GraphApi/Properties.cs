using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("EntityGraph.GraphApi.Tests")]
