"""Full-text search behind `/zoeken/` and every listing's `q`, one module per job:

* `words`: words as search compares them (Dutch stems, stop words) and a
  query's words with their alternatives (`SearchWords`);
* `vocabulary`: the editors' abbreviations and synonyms as alternatives of a
  query's words ("RES" is also "Regionale Energiestrategie");
* `backend`: the query the backend is given, PostgreSQL's specifics, and
  backend failures as `SearchUnavailable`;
* `ranking`: matching content and the order of all results (README, "How
  search ranks"); `hubs`: the opgaven, regions, themes and pages themselves;
* `snippets`: the sentences under a result, matched words marked;
* `suggestions`: `/zoeken/suggesties/`; `did_you_mean`: "Bedoelde je …?";
* `promotions`: the editors' picks; `counting`: popular search terms and
  those that found nothing, counted as a task;
* `indexing`: keeping the index current after a publish;
* `unavailable`: the backend used when the search client is not installed.

Nothing here is imported from this `__init__`: import the module that does the job.
"""
