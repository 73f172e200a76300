"""The RSS feed of a news listing: its published, public items, newest first."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone

from home.models.news import FEED_SIZE


class NewsFeed(Feed):
    """Served by `NewsIndexPage.feed`, so the listing's own access check applies first."""

    def get_object(self, request, index):
        return index

    def title(self, index):
        return index.title

    def link(self, index):
        return index.url

    def description(self, index):
        return index.intro or index.title

    def items(self, index):
        return index.get_news()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        # The item's own day, not the moment it was published on the site.
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time()))
