"""pyqtgraph charts for the analysis views: radar, sub-challenge bars, risk matrix, heat map, trend.

Every chart keeps the numbers it draws on its plot items, so tests read them back from the items
rather than trusting a side copy, and every chart can export itself as PNG or SVG.
"""
