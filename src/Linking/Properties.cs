using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("EntityGraph.Linking.Tests")]
