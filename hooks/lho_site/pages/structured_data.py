"""schema.org JSON-LD for search engines: NewsArticle on posts, Event on posts with a dated meeting,
Organization on the home page."""

from __future__ import annotations

from ..content.posts import Post

LOGO = "assets/images/logo.png"


def organization(site_url: str, name: str, description: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": name,
        "description": description,
        "url": site_url,
        "logo": site_url + LOGO,
    }


def news_article(post: Post, site_url: str, name: str, image_url: str) -> dict:
    publisher = {"@type": "Organization", "name": name, "logo": {"@type": "ImageObject", "url": site_url + LOGO}}
    authors = [{"@type": "Person", "name": a.name} for a in post.authors] or [publisher]
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": post.title,
        "description": post.description,
        "datePublished": post.moment.when.isoformat(),
        "dateModified": post.moment.when.isoformat(),
        "inLanguage": "nl",
        "url": site_url + post.url,
        "mainEntityOfPage": site_url + post.url,
        "image": [image_url],
        "articleSection": [c.name for c in post.categories],
        "author": authors,
        "publisher": publisher,
    }


SCHEMA = "https://schema.org/"


def event(post: Post, site_url: str, name: str, image_url: str) -> dict:
    """A meeting with the properties Google's event results ask for: name, startDate, location (a Place
    with an address, or a VirtualLocation with a URL: the post, which says how to join). `image_url`: the
    published picture the page shares (the post's photo as converted; the original is not published)."""
    meeting, url = post.event, site_url + post.url
    if meeting.is_online:
        location = {"@type": "VirtualLocation", "url": url}
    else:
        location = {"@type": "Place", "name": meeting.place, "address": meeting.place}
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": post.title,
        "description": post.description,
        "url": url,
        "startDate": meeting.starts.isoformat() if meeting.start else meeting.date.isoformat(),
        "eventStatus": SCHEMA + ("EventCancelled" if meeting.is_cancelled else "EventScheduled"),
        "eventAttendanceMode": SCHEMA + ("OnlineEventAttendanceMode" if meeting.is_online
                                         else "OfflineEventAttendanceMode"),
        "location": location,
        "organizer": {"@type": "Organization", "name": name, "url": site_url},
        "inLanguage": "nl",
        "image": [image_url],
    }
    if meeting.ends:
        data["endDate"] = meeting.ends.isoformat()
    if meeting.signup and meeting.signup.startswith("http"):
        data["offers"] = {"@type": "Offer", "url": meeting.signup}
    return data
