import wagtail_factories

from directory.models import DirectoryIndexPage


class DirectoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Directory"
    slug = "directory"

    class Meta:
        model = DirectoryIndexPage
