def report_recommendations(ctx):
    return iter(())
