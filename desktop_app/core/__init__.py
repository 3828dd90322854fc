"""The Qt-free domain: question banks, assessments, scoring and plans."""
