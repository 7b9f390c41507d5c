using EntityGraph.Grains.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace EntityGraph.Silo.Jobs;

/// <summary>DI registration of batch jobs on a silo.</summary>
internal static class JobServiceCollectionExtensions
{
    /// <summary>The reader of a job's paths, for every silo that may run a job.</summary>
    public static IServiceCollection AddJobSource(this IServiceCollection services)
    {
        services.AddSingleton<IIngestJobSource, ReaderJobSource>();
        return services;
    }

    /// <summary>The resumer of unfinished jobs (section <c>EntityGraph:Jobs</c>), for serving silos.</summary>
    public static IServiceCollection AddJobResumer(this IServiceCollection services)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.SectionName)
            .Validate(options => options.ResumeInterval >= TimeSpan.FromSeconds(1), "EntityGraph:Jobs:ResumeInterval must be at least 1 second.")
            .ValidateOnStart();
        services.AddHostedService<JobResumer>();
        return services;
    }
}
