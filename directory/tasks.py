"""Background tasks of the directory, on the portal's own task backend ("portal")."""

from django_tasks import task

from portal.cache import schedule_purge


@task(backend="portal")
def index_professionals(profile_ids):
    """Bring the search up to date with these profiles (gone ones are removed)."""
    from directory.documents import index_professional

    for profile_id in profile_ids:
        index_professional(profile_id)
    schedule_purge()  # visitors never see a cached listing with what changed
    return len(profile_ids)


@task(backend="portal")
def index_organisations(organisation_ids):
    """Bring the search up to date with these organisations (only live ones are found)."""
    from directory.documents import index_organisation

    for organisation_id in organisation_ids:
        index_organisation(organisation_id)
    schedule_purge()  # visitors never see a cached listing with what changed
    return len(organisation_ids)


@task(backend="portal")
def index_opportunities(opportunity_ids):
    """Bring the search up to date with these opportunities (only live ones are found)."""
    from directory.documents import index_opportunity

    for opportunity_id in opportunity_ids:
        index_opportunity(opportunity_id)
    schedule_purge()  # visitors never see a cached listing with what changed
    return len(opportunity_ids)
