#!/usr/bin/env python3
"""Writes data/datasets/django-vs-flask.json from the tables below.

The facts are those of the article "Django vs. Flask: Comparing Python
Frameworks" (shared/source-article.md): every item of each framework's
Advantages, Features and "Use if" tables is "yes" for the framework whose
table lists it; the article says nothing of the other framework for that
item, so it is left out of "support" and reads as "not stated", never "no".
The wording of names keeps the article's meaning with usual spelling
("NoSQL", "popular"); summaries are written by this project.

Run it again after editing the tables; the JSON is committed.
"""
import json
import sys

ARTICLE = "article"

# (id, name, description, {subject: opinion?})
USE_IF = [
    ("well-versed-in-python", "Well-Versed in Python",
     "The team already knows Python well.", "django"),
    ("dynamic-html-pages", "Using Dynamic HTML Pages",
     "The site builds its HTML pages dynamically.", "django"),
    ("sql-databases", "SQL Databases",
     "The project stores its data in an SQL database.", "django"),
    ("creating-large-sites", "Creating Large Sites",
     "The site is large and expected to grow.", "django"),
    ("third-party-extensions", "Using Third-Party Extensions",
     "Functionality is added through community extensions.", "flask"),
    ("nosql", "NoSQL",
     "The project stores its data in a NoSQL database.", "flask"),
    ("prototyping", "Prototyping",
     "The goal is a quick prototype.", "flask"),
]

ADVANTAGES = [
    ("advanced-features", "Advanced Features", None, "django"),
    ("seo-optimized", "SEO Optimized", None, "django"),
    ("versatile", "Versatile", None, "django"),
    ("default-security-features", "Default Security Features", None, "django"),
    ("highly-scalable", "Highly Scalable",
     "Components are independent, so the site can scale with traffic.", "django"),
    ("batteries-included", "Batteries-Included",
     "Almost everything a site needs comes with the framework.", "django"),
    ("easy-to-understand", "Easy to Understand", None, "flask"),
    ("flexible", "Flexible",
     "Users choose which libraries to use.", "flask"),
    ("minimal", "Minimal",
     "Only the basics of what a website needs.", "flask"),
    ("fast-debugging", "Fast Debugging", None, "flask"),
    ("lightweight", "Lightweight", None, "flask"),
]

FEATURES = [
    ("model-template-view", "Model-Template-View", None, "django"),
    ("databases", "Databases", None, "django"),
    ("access", "Access", None, "django"),
    ("sessions", "Sessions", None, "django"),
    ("monolithic-working-style", "Monolithic Working Style", None, "django"),
    ("complete-customization", "Complete Customization", None, "flask"),
]

# Judgements rather than facts: marked so readers can weigh them.
OPINIONS = {"easy-to-understand", "versatile", "flexible", "fast-debugging"}


def criterion(cid, name, description, subject, category):
    entry = {"level": "yes", "source": ARTICLE}
    if cid in OPINIONS:
        entry["opinion"] = True
    c = {"id": cid, "category": category, "name": name}
    if description:
        c["description"] = description
    c["support"] = {subject: entry}
    return c


def main():
    doc = {
        "format": "versus-comparison",
        "version": 1,
        "title": "Django vs. Flask",
        "description": (
            "Two popular open-source Python web frameworks side by side: "
            "Django, which ships nearly everything a website needs, and "
            "Flask, a microframework that starts from the basics."
        ),
        "sources": [
            {"id": ARTICLE,
             "title": "Django vs. Flask: Comparing Python Frameworks"},
        ],
        "subjects": [
            {
                "id": "django",
                "name": "Django",
                "url": "https://www.djangoproject.com/",
                "summary": (
                    "An open-source Python framework meant to give developers "
                    "almost everything they need to build secure, "
                    "maintainable websites quickly. Its components are "
                    "independent of each other and can be changed, so a site "
                    "can scale as its traffic grows."
                ),
                "drawbacks": [
                    "Steep learning curve: some web development knowledge is "
                    "needed, which makes it hard for new coders "
                    "(the article's opinion)",
                    "May be overkill for smaller sites because of its many "
                    "features (the article's opinion)",
                ],
                "used_by": ["Instagram", "Mozilla", "Pinterest", "Disqus"],
            },
            {
                "id": "flask",
                "name": "Flask",
                "url": "https://flask.palletsprojects.com/",
                "summary": (
                    "An open-source Python microframework: it provides only "
                    "the basics of what a website needs and leaves the "
                    "choice of libraries to its users. Community extensions "
                    "add functionality. Suited to small applications and "
                    "static websites; easy to set up with little web "
                    "development knowledge."
                ),
                "drawbacks": [
                    "May become more difficult to work with as more features "
                    "are added (the article's opinion)",
                ],
                "used_by": ["Airbnb", "Netflix", "Lyft", "Reddit"],
            },
        ],
        "categories": [
            {"id": "use-if", "name": "Use If",
             "description": "When the article recommends each framework."},
            {"id": "advantages", "name": "Advantages"},
            {"id": "features", "name": "Features"},
        ],
        "criteria": (
            [criterion(*c, category="use-if") for c in USE_IF]
            + [criterion(*c, category="advantages") for c in ADVANTAGES]
            + [criterion(*c, category="features") for c in FEATURES]
        ),
    }
    json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
