"""The sealed test split's layout phrasings (issue 12): what its site furniture, comment-section
furniture and agency credits say.

Stored encoded (zlib, then base64) so that reading the code that lays the pages out shows only the
dev split's phrasings: whoever writes rules reads `layout.py` and the dev pages, never these. Only
the page generator (`layout.V`, `layout.CREDITS`, `layout.CITIES`) and `tests/test_disjoint.py`,
which checks them against the lexicons, decode them. Do not print them.
"""

from __future__ import annotations

import base64
import json
import zlib
from functools import lru_cache

_SEALED = (
    "eNp9Vm1rI1UU/iuX+dRVuw0iCP0q+EmWRVCEpYRpMqbBJBMzU0vJBtq8GbOCLOsf0OpOku1uOtvUmvqtv+LO1/4Sn+ecO9MU"
    "xE+Ze+55fc5zzk3X+9rbNV1v/xg/zzw7yyY2sZf22s4N5C2/GfTMc9Ot+nHQ8/Y+Ml4lbMWdsBFRHwaLbACjqU2NTbJhNrZX"
    "HpTswl7Zm4diGD/z8HVp38E5hENEmSHa2s710q5wSrOBgWjmTPkBP0tnPoLOTTbUqysku2C4Umm3VDI7pvTx7iefentMkwmX"
    "2w2/EkhhWoDZ6oqo94hW2SgbGycw2Wk2dWWablxvumqr9ej7w6jsV2Jx81X7hzAOzN3J7+bLoN043tShkSjxttvqmePA70TG"
    "r4UMlgubgO9ApZu2YVvThEYlbDaDVhzR6klwFEQxv74Ia6beEpug2Y61XdkAFdizbAJEpBogtQayfdH7dp9518NWpL09A6zn"
    "aNYYld5eG5vaJX8ZE3eX0vu1dO//NJe573bjsIaM6PpzQLgfht+Zz1zu5qleimoIyDqidzs3XaICiKM6kd7WRr7N+qihjxrw"
    "eYo0/gYlmMia9ZFAI97bNQ1SElQ4lfC4Aj8m9lodkboL8GuJ08hF7zQdVRNcCbtSuX8hHBgqaotsZOBxRdYhKKeAoR35aET3"
    "f0J9IF4mxObxZvbDQsW+Z3TYzY3wNaFTmk6zH5EzcD0xH0h5LmWk6k5Fnf8Vzim5LBfS6SliD9z08PwSKMrHT+riHUt4GEsB"
    "HUiOw+KqcOcIkBJjHaWDwK8GnfJR2Kkq60b5oBJS1x84SBBrDRdjHS6cL1CupJjDg9rYvt+kNQehGxi54d45B0Da+NS+BoCX"
    "AuImMGIIih2Wo6CtvDa3/xix+Vl+sK1EqRM0MMyaMRYNa1wbpHzB4u/xtu/ZYB1/RGfGbu2gHOcIg44JVU/CnRxi3Y+iFQWb"
    "o7ayf7BnXGSprMd5jgkndSKjlmJFOrG0BjtP0nqDOpPslOyZoBFLJ14SRHhKdOWBsX2SovB8Tg47gKIDv1NAq3zRAk8JKqM7"
    "CPKFK7ffiKc+Bwu+OF4ixvfQ3rBvbqSiRljzdfCLMaY6cr7ge/CAgGuFma5VGW3CxEztG1J4hvLO8ikiJaf6FnhR7Dd1JaLI"
    "X7SCKdIeYUfLgxT3xCUOdyeveOSwLkgSTnNOyiXp6FzGfi1y/BWy/cVliTfO7+Hl6O6LPwixRkWIPCmkJXe+mm59iJtHZmsb"
    "V/qGjFHsSJw8N2xjYXTULgtzCoaTOvlN8Vag1zNQQncwu6tQMQt7cb+aEyERmtvjC1yP6y4f8bsUXuV2g/uJGaC3IzdQqjix"
    "b92ZRis37YQN77Kb/Jns31mxb4aSTCKe5A9AJ6jWY/f+N+qtgHo7QGBH91Auujv5lbiokA8c+1UhWQppA5vFiQl3rcoXmgBv"
    "b5uHzsCCvsArT4I42Ov9C/IuYaI="
)


@lru_cache(maxsize=1)
def sealed_phrasings() -> dict:
    """{"V": {key: variants}, "credits": [[where, format], ...], "cities": [...]} of the test split."""
    return json.loads(zlib.decompress(base64.b64decode(_SEALED)).decode("utf-8"))
