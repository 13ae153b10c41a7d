// search UI: arrives with the lunr index (issue 5)
